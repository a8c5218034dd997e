package dev.playlens.storage.local;

import dev.playlens.storage.ByteRange;
import dev.playlens.storage.ListPage;
import dev.playlens.storage.ListRequest;
import dev.playlens.storage.Md5;
import dev.playlens.storage.ObjectInfo;
import dev.playlens.storage.ObjectStore;
import dev.playlens.storage.StagedUploads;
import dev.playlens.storage.StoreException;
import dev.playlens.storage.StoreException.Kind;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A local folder used as a bucket: key "a/b.json" is file root/a/b.json. Writes go to a hidden temp file in the
 * target folder, are fsynced, then atomically renamed, so a crash never leaves a half-written object under its name.
 * Large objects can arrive as staged parts ({@link LocalStagedUploads}), kept in a hidden folder that listings skip.
 */
public final class LocalObjectStore implements ObjectStore {
    static final String TEMP_MARK = ".playlens-tmp-";

    private final Path root;
    private final LocalStagedUploads staged;

    public LocalObjectStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
        this.staged = new LocalStagedUploads(this, this.root);
    }

    @Override
    public URI uri() {
        // Path.toUri() adds the trailing '/' only once the folder exists; the URI must not change with that
        // (the transfer journal is keyed on it, so a first copy into a new folder could not be resumed).
        String uri = root.toUri().toString();
        return URI.create(uri.endsWith("/") ? uri : uri + "/");
    }

    @Override
    public ListPage list(ListRequest request) {
        List<String> keys = allKeys(request.prefix());
        Map<String, ObjectInfo> entries = new LinkedHashMap<>();
        String after = request.pageToken();
        String next = null;
        for (String key : keys) {
            String name = key;
            String delimiter = request.delimiter();
            boolean isPrefix = false;
            if (delimiter != null && !delimiter.isEmpty()) {
                int cut = key.indexOf(delimiter, request.prefix().length());
                if (cut >= 0) {
                    name = key.substring(0, cut + delimiter.length());
                    isPrefix = true;
                }
            }
            if (after != null && name.compareTo(after) <= 0) continue;
            if (entries.containsKey(name)) continue;
            if (entries.size() == request.pageSize()) {
                next = entries.keySet().stream().reduce((a, b) -> b).orElseThrow();
                break;
            }
            entries.put(name, isPrefix ? ObjectInfo.prefix(name) : stat(key).orElse(null));
        }
        entries.values().removeIf(v -> v == null); // deleted while listing
        return new ListPage(new ArrayList<>(entries.values()), next);
    }

    private List<String> allKeys(String prefix) {
        Path start = root;
        int lastSlash = prefix.lastIndexOf('/');
        if (lastSlash > 0) start = resolve(prefix.substring(0, lastSlash));
        if (!Files.isDirectory(start)) return List.of();
        List<String> keys = new ArrayList<>();
        try {
            // copies write and remove temp files and staged parts while someone browses: what vanishes is skipped
            Files.walkFileTree(start, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return staged.holds(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (Files.isRegularFile(file) && !file.getFileName().toString().contains(TEMP_MARK)) {
                        String key = keyOf(file);
                        if (key.startsWith(prefix)) keys.add(key);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                    if (e instanceof NoSuchFileException) return FileVisitResult.CONTINUE;
                    throw e;
                }
            });
        } catch (IOException e) {
            throw new StoreException(Kind.OTHER, "cannot list " + start + ": " + e.getMessage(), e);
        }
        keys.sort(null);
        return keys;
    }

    private String keyOf(Path file) {
        return root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    }

    @Override
    public Optional<ObjectInfo> stat(String key) {
        Path file = resolve(key);
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            if (!a.isRegularFile()) return Optional.empty();
            // no stored checksum locally: the tag changes whenever the file's size or mtime does
            String etag = Long.toHexString(a.lastModifiedTime().toMillis()) + "-" + Long.toHexString(a.size());
            return Optional.of(ObjectInfo.object(key, a.size(), a.lastModifiedTime().toInstant(), etag, null));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new StoreException(Kind.OTHER, "cannot stat " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public InputStream read(String key) {
        Path file = resolve(key);
        try {
            return Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            throw new StoreException(Kind.NOT_FOUND, "no object " + file, e);
        } catch (IOException e) {
            throw new StoreException(Kind.OTHER, "cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public InputStream read(String key, ByteRange range) {
        Path file = resolve(key);
        try {
            FileChannel ch = FileChannel.open(file, StandardOpenOption.READ);
            ch.position(range.offset());
            InputStream in = Channels.newInputStream(ch);
            return new BoundedInputStream(in, range.length());
        } catch (NoSuchFileException e) {
            throw new StoreException(Kind.NOT_FOUND, "no object " + file, e);
        } catch (IOException e) {
            throw new StoreException(Kind.OTHER, "cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public ObjectInfo write(String key, InputStream data, long size, byte[] md5) {
        Path target = resolve(key);
        if (staged.holds(target)) throw new IllegalArgumentException("reserved object key '" + key + "' for " + root);
        Path temp = null;
        try {
            Files.createDirectories(target.getParent());
            temp = target.resolveSibling("." + target.getFileName() + TEMP_MARK + UUID.randomUUID());
            MessageDigest digest = Md5.newDigest();
            long written;
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                 OutputStream out = new DigestOutputStream(Channels.newOutputStream(ch), digest)) {
                written = data.transferTo(out);
                out.flush();
                ch.force(true);
            }
            if (written != size)
                throw new StoreException(Kind.OTHER, "short write to " + target + ": expected " + size + " bytes, got " + written);
            byte[] actual = digest.digest();
            if (md5 != null && !Arrays.equals(md5, actual))
                throw new StoreException(Kind.CHECKSUM_MISMATCH, "MD5 mismatch writing " + target
                        + ": expected " + Md5.hex(md5) + ", got " + Md5.hex(actual));
            move(temp, target);
            temp = null;
            ObjectInfo info = stat(key).orElseThrow();
            return ObjectInfo.object(key, info.size(), info.lastModified(), info.etag(), Md5.hex(actual));
        } catch (IOException e) {
            throw new StoreException(Kind.OTHER, "cannot write " + target + ": " + e.getMessage(), e);
        } finally {
            if (temp != null) deleteQuietly(temp);
        }
    }

    static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Override
    public void delete(String key) {
        try {
            Files.deleteIfExists(resolve(key));
        } catch (IOException e) {
            throw new StoreException(Kind.OTHER, "cannot delete " + resolve(key) + ": " + e.getMessage(), e);
        }
    }

    Path resolve(String key) {
        if (key.isEmpty() || key.startsWith("/") || Arrays.asList(key.split("/")).contains(".."))
            throw new IllegalArgumentException("bad object key '" + key + "' for " + root);
        Path p = root.resolve(key).normalize();
        if (!p.startsWith(root)) throw new IllegalArgumentException("key escapes " + root + ": " + key);
        return p;
    }

    static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // best effort: a leftover temp file is hidden from listings
        }
    }

    /** Parts in a hidden folder inside the root, so the final rename stays on one filesystem and is atomic. */
    @Override
    public Optional<StagedUploads> staged() {
        return Optional.of(staged);
    }

    @Override
    public void close() {
    }

    @Override
    public String toString() {
        return "LocalObjectStore[" + root + "]";
    }

    /** An input stream that stops after {@code limit} bytes (range reads). */
    private static final class BoundedInputStream extends InputStream {
        private final InputStream in;
        private long left;

        BoundedInputStream(InputStream in, long limit) {
            this.in = in;
            this.left = limit;
        }

        @Override
        public int read() throws IOException {
            if (left <= 0) return -1;
            int b = in.read();
            if (b >= 0) left--;
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            if (left <= 0) return -1;
            int n = in.read(buf, off, (int) Math.min(len, left));
            if (n > 0) left -= n;
            return n;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

}
