package dev.playlens.storage.local;

import dev.playlens.storage.Md5;
import dev.playlens.storage.ObjectInfo;
import dev.playlens.storage.StagedUploads;
import dev.playlens.storage.StoreException;
import dev.playlens.storage.StoreException.Kind;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Staged uploads into a local folder: each upload is a folder {@code <root>/.playlens-uploads/<id>/} holding a small
 * {@code upload.properties} (key, started) and one file per part. Completing concatenates the parts in the kernel
 * into a temp file next to the target, fsyncs it and renames it atomically; nothing is visible before that.
 */
final class LocalStagedUploads implements StagedUploads {
    static final String FOLDER = ".playlens-uploads";
    private static final String META = "upload.properties";
    private static final Pattern PART = Pattern.compile("part-(\\d+)");

    private final LocalObjectStore store;
    private final Path uploads;

    LocalStagedUploads(LocalObjectStore store, Path root) {
        this.store = store;
        this.uploads = root.resolve(FOLDER);
    }

    /** True for files of unfinished uploads, which listings must not show. */
    boolean holds(Path file) {
        return file.startsWith(uploads);
    }

    @Override
    public long minPartSize() {
        return 5L << 20; // like S3, so a journal's part size means the same for every destination
    }

    @Override
    public String begin(String key) {
        if (holds(store.resolve(key))) // bad keys are rejected before anything is written
            throw new IllegalArgumentException("reserved object key '" + key + "' for " + store.uri());
        String id = UUID.randomUUID().toString();
        Path dir = uploads.resolve(id);
        Properties meta = new Properties();
        meta.setProperty("key", key);
        meta.setProperty("started", Instant.now().toString());
        try {
            for (int attempt = 1; ; attempt++) {
                try {
                    Files.createDirectories(dir);
                    break;
                } catch (NoSuchFileException e) { // another upload just removed the emptied uploads folder
                    if (attempt == 3) throw e;
                }
            }
            try (Writer w = Files.newBufferedWriter(dir.resolve(META))) {
                meta.store(w, "Playlens staged upload");
            }
            return id;
        } catch (IOException e) {
            throw new StoreException(Kind.OTHER, "cannot start an upload of " + where(key) + ": " + e.getMessage(), e);
        }
    }

    @Override
    public StagedPart uploadPart(String key, String uploadId, int partNumber, byte[] data, int length, byte[] md5) {
        byte[] actual = Md5.of(data, length);
        if (md5 != null && !Arrays.equals(md5, actual))
            throw new StoreException(Kind.CHECKSUM_MISMATCH, where(key) + " part " + partNumber + ": MD5 " + Md5.hex(actual)
                    + " is not the expected " + Md5.hex(md5));
        Path dir = existingUpload(key, uploadId);
        Path part = dir.resolve("part-" + partNumber);
        Path temp = dir.resolve("." + part.getFileName() + LocalObjectStore.TEMP_MARK + UUID.randomUUID());
        try {
            // no fsync per part: complete() fsyncs the assembled file, and a resume re-hashes what survived
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ByteBuffer buf = ByteBuffer.wrap(data, 0, length);
                while (buf.hasRemaining()) ch.write(buf);
            }
            LocalObjectStore.move(temp, part);
            temp = null;
            return new StagedPart(partNumber, Md5.hex(actual), length);
        } catch (IOException e) {
            throw new StoreException(Kind.OTHER, "cannot write part " + partNumber + " of " + where(key) + ": " + e.getMessage(), e);
        } finally {
            if (temp != null) LocalObjectStore.deleteQuietly(temp);
        }
    }

    /** The part files present, each re-hashed so a part damaged by a crash is not reused. */
    @Override
    public List<StagedPart> listParts(String key, String uploadId) {
        Path dir = uploads.resolve(uploadId);
        if (!Files.isDirectory(dir)) return List.of();
        List<StagedPart> parts = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path f : files) {
                Matcher m = PART.matcher(f.getFileName().toString());
                if (m.matches()) parts.add(new StagedPart(Integer.parseInt(m.group(1)), Md5.hex(hash(f)), Files.size(f)));
            }
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException e) {
            throw new StoreException(Kind.OTHER, "cannot list the parts of " + where(key) + ": " + e.getMessage(), e);
        }
        parts.sort(Comparator.comparingInt(StagedPart::partNumber));
        return parts;
    }

    @Override
    public ObjectInfo complete(String key, String uploadId, List<StagedPart> parts, byte[] wholeMd5) {
        Path dir = existingUpload(key, uploadId);
        Path target = store.resolve(key);
        Path temp = null;
        try {
            Files.createDirectories(target.getParent());
            temp = target.resolveSibling("." + target.getFileName() + LocalObjectStore.TEMP_MARK + UUID.randomUUID());
            try (FileChannel out = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                for (StagedPart p : parts) append(dir.resolve("part-" + p.partNumber()), p, out, key);
                out.force(true);
            }
            LocalObjectStore.move(temp, target);
            temp = null;
            deleteTree(dir);
            ObjectInfo info = store.stat(key).orElseThrow();
            return ObjectInfo.object(key, info.size(), info.lastModified(), info.etag(), Md5.hex(wholeMd5));
        } catch (IOException e) {
            throw new StoreException(Kind.OTHER, "cannot assemble " + where(key) + ": " + e.getMessage(), e);
        } finally {
            if (temp != null) LocalObjectStore.deleteQuietly(temp);
        }
    }

    /** Appends one part with the kernel's file-to-file copy; its size must be what was uploaded. */
    private void append(Path part, StagedPart expected, FileChannel out, String key) throws IOException {
        try (FileChannel in = FileChannel.open(part, StandardOpenOption.READ)) {
            long size = in.size();
            if (size != expected.size())
                throw new StoreException(Kind.CHECKSUM_MISMATCH, where(key) + " part " + expected.partNumber() + " holds "
                        + size + " bytes, expected " + expected.size());
            long done = 0;
            while (done < size) done += in.transferTo(done, size - done, out);
        } catch (NoSuchFileException e) {
            throw new StoreException(Kind.CHECKSUM_MISMATCH, where(key) + " part " + expected.partNumber() + " is missing", e);
        }
    }

    @Override
    public void abort(String key, String uploadId) {
        try {
            deleteTree(uploads.resolve(uploadId));
        } catch (IOException e) {
            throw new StoreException(Kind.OTHER, "cannot drop the upload of " + where(key) + ": " + e.getMessage(), e);
        }
    }

    @Override
    public List<PendingUpload> listPending(String prefix) {
        if (!Files.isDirectory(uploads)) return List.of();
        List<PendingUpload> pending = new ArrayList<>();
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(uploads, Files::isDirectory)) {
            for (Path dir : dirs) {
                Optional<Properties> meta = meta(dir);
                String key = meta.map(m -> m.getProperty("key")).orElse(null);
                if (key == null || !key.startsWith(prefix)) continue;
                Instant started = meta.map(m -> m.getProperty("started")).flatMap(LocalStagedUploads::instant).orElse(null);
                pending.add(new PendingUpload(key, dir.getFileName().toString(), started));
            }
        } catch (IOException e) {
            throw new StoreException(Kind.OTHER, "cannot list unfinished uploads in " + uploads + ": " + e.getMessage(), e);
        }
        pending.sort(Comparator.comparing(PendingUpload::key).thenComparing(PendingUpload::uploadId));
        return pending;
    }

    private Path existingUpload(String key, String uploadId) {
        Path dir = uploads.resolve(uploadId).normalize();
        if (!dir.getParent().equals(uploads) || !Files.isDirectory(dir))
            throw new StoreException(Kind.NOT_FOUND, "no upload " + uploadId + " of " + where(key) + " (aborted or cleaned)");
        return dir;
    }

    private static Optional<Properties> meta(Path dir) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(dir.resolve(META))) {
            p.load(r);
            return Optional.of(p);
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty(); // a folder begun but never described: not ours to report
        }
    }

    private static Optional<Instant> instant(String text) {
        try {
            return Optional.of(Instant.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty(); // unknown start: counts as old when cleaning
        }
    }

    private static byte[] hash(Path file) throws IOException {
        MessageDigest d = Md5.newDigest();
        byte[] buf = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buf)) > 0; ) d.update(buf, 0, n);
        }
        return d.digest();
    }

    /** Deletes one upload's folder, and the uploads folder too once it is empty, so the user's folder stays clean. */
    private void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> all = Files.walk(dir)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
            } catch (NoSuchFileException e) {
                // removed concurrently: the state we want
            }
        }
        try {
            Files.deleteIfExists(uploads);
        } catch (DirectoryNotEmptyException e) {
            // other uploads are still in progress
        }
    }

    private String where(String key) {
        return store.uri() + key;
    }
}
