package dev.playlens.storage.transfer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The resume journal of one (source, destination) pair: an append-only JSON-lines file recording finished objects,
 * started staged uploads and their finished parts. Each record is flushed when written, so after a crash or a quit
 * a re-run skips finished objects and reuses parts. A torn last line (crash mid-write) is ignored.
 * On open the file is compacted to the live state (temp file + atomic rename).
 */
public final class TransferJournal implements AutoCloseable {
    public record Done(String sourceTag, long size, String destinationTag) {
    }

    public record Part(int number, String tag, String md5, long size) {
    }

    public record Upload(String uploadId, long partSize, long size, String sourceTag, Map<Integer, Part> parts) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final Map<String, Done> done = new ConcurrentHashMap<>();
    private final Map<String, Upload> uploads = new ConcurrentHashMap<>();
    private final BufferedWriter out;

    private TransferJournal(Path file) throws IOException {
        this.file = file;
        if (file == null) {
            out = null;
            return;
        }
        if (Files.exists(file)) replay(Files.readAllLines(file, StandardCharsets.UTF_8));
        compact();
        out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    /** A journal that remembers nothing past this run (no journal folder given). */
    public static TransferJournal inMemory() {
        try {
            return new TransferJournal(null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Opens (or creates) the journal for copying {@code source} to {@code destination} under {@code dir}. */
    public static TransferJournal open(Path dir, String source, String destination) {
        try {
            Files.createDirectories(dir);
            return new TransferJournal(dir.resolve("transfer-" + hash(source + "\n" + destination) + ".jsonl"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the transfer journal in " + dir + ": " + e.getMessage(), e);
        }
    }

    public Path file() {
        return file;
    }

    public Optional<Done> done(String key) {
        return Optional.ofNullable(done.get(key));
    }

    public Optional<Upload> upload(String key) {
        return Optional.ofNullable(uploads.get(key));
    }

    public Map<String, Upload> uploads() {
        return Map.copyOf(uploads);
    }

    public void uploadStarted(String key, String uploadId, long partSize, long size, String sourceTag) {
        apply(node("upload", key).put("uploadId", uploadId).put("partSize", partSize).put("size", size).put("src", sourceTag));
    }

    public void partDone(String key, String uploadId, Part part) {
        apply(node("part", key).put("uploadId", uploadId).put("n", part.number()).put("tag", part.tag())
                .put("md5", part.md5()).put("size", part.size()));
    }

    public void objectDone(String key, String sourceTag, long size, String destinationTag) {
        apply(node("done", key).put("src", sourceTag).put("size", size).put("dst", destinationTag));
    }

    public void uploadAborted(String key) {
        apply(node("abort", key));
    }

    private static ObjectNode node(String type, String key) {
        return JSON.createObjectNode().put("t", type).put("key", key);
    }

    private synchronized void apply(ObjectNode record) {
        replayOne(record);
        if (out == null) return;
        try {
            out.write(record.toString());
            out.newLine();
            out.flush(); // to the OS: survives a crash of this process; fsync per record would cost more than it buys
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the transfer journal " + file + ": " + e.getMessage(), e);
        }
    }

    private void replay(List<String> lines) {
        for (String line : lines) {
            if (line.isBlank()) continue;
            JsonNode n;
            try {
                n = JSON.readTree(line);
            } catch (IOException torn) {
                continue; // a record cut short by a crash: the work it described is redone
            }
            replayOne(n);
        }
    }

    private void replayOne(JsonNode n) {
        String key = n.path("key").asText();
        switch (n.path("t").asText()) {
            case "upload" -> uploads.put(key, new Upload(n.path("uploadId").asText(), n.path("partSize").asLong(),
                    n.path("size").asLong(), n.path("src").asText(null), new ConcurrentHashMap<>()));
            case "part" -> {
                Upload u = uploads.get(key);
                if (u != null && u.uploadId().equals(n.path("uploadId").asText())) {
                    Part p = new Part(n.path("n").asInt(), n.path("tag").asText(), n.path("md5").asText(), n.path("size").asLong());
                    u.parts().put(p.number(), p);
                }
            }
            case "done" -> {
                uploads.remove(key);
                done.put(key, new Done(n.path("src").asText(null), n.path("size").asLong(), n.path("dst").asText(null)));
            }
            case "abort" -> uploads.remove(key);
            default -> { /* unknown record from a newer version: ignore */ }
        }
    }

    private void compact() throws IOException {
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        try (BufferedWriter w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
            for (var e : done.entrySet()) {
                Done d = e.getValue();
                w.write(node("done", e.getKey()).put("src", d.sourceTag()).put("size", d.size()).put("dst", d.destinationTag()).toString());
                w.newLine();
            }
            for (var e : uploads.entrySet()) {
                Upload u = e.getValue();
                w.write(node("upload", e.getKey()).put("uploadId", u.uploadId()).put("partSize", u.partSize())
                        .put("size", u.size()).put("src", u.sourceTag()).toString());
                w.newLine();
                for (Part p : u.parts().values()) {
                    w.write(node("part", e.getKey()).put("uploadId", u.uploadId()).put("n", p.number()).put("tag", p.tag())
                            .put("md5", p.md5()).put("size", p.size()).toString());
                    w.newLine();
                }
            }
        }
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    @Override
    public synchronized void close() {
        if (out == null) return;
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
