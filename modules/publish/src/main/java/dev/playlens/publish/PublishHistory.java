package dev.playlens.publish;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The publish history: one JSON line per publish attempt (model, version, targets, rows, keys, time, status,
 * error) appended to a file the caller names (the workspace's history/publishes.jsonl).
 */
public final class PublishHistory {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path file;

    public PublishHistory(Path file) {
        this.file = file;
    }

    public record Entry(String model, int version, List<PublishResult.TargetResult> targets, long rows, long keys,
                        String time, String status, String error) {
    }

    public synchronized void append(Entry e) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("model", e.model());
        m.put("version", e.version());
        m.put("targets", e.targets());
        m.put("rows", e.rows());
        m.put("keys", e.keys());
        m.put("time", e.time());
        m.put("status", e.status());
        m.put("error", e.error());
        if (file.getParent() != null) Files.createDirectories(file.getParent());
        // One write call per line with O_APPEND, so concurrent appenders never interleave inside a line.
        Files.write(file, (JSON.writeValueAsString(m) + "\n").getBytes(StandardCharsets.UTF_8),
                StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
    }

    public List<Map<String, Object>> read() throws IOException {
        if (!Files.exists(file)) return List.of();
        try (var lines = Files.lines(file)) {
            return lines.filter(l -> !l.isBlank()).map(PublishHistory::parse).toList();
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> parse(String line) {
        try {
            return JSON.readValue(line, Map.class);
        } catch (IOException e) {
            throw new IllegalStateException("unreadable publish history line: " + line, e);
        }
    }
}
