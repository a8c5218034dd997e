package dev.playlens.warehouse.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The query history of a workspace: one JSON object a line in a file the caller gives,
 * {@code {"sql":…, "started":"ISO instant", "duration_ms":…, "rows":…, "status":…, "error":…}},
 * appended after every run and read back newest first. Unreadable lines (a torn last write) are skipped
 * when reading, never rewritten.
 */
public final class QueryHistory {
    /** One run; {@code rows} is rows returned, or rows affected for DML; {@code error} null unless FAILED. */
    public record Entry(String sql, Instant started, long durationMillis, long rows, QueryStatus status, String error) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(QueryHistory.class);

    private final Path file;
    private final ObjectMapper mapper = new ObjectMapper();

    public QueryHistory(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    public synchronized void append(Entry e) throws IOException {
        ObjectNode n = mapper.createObjectNode();
        n.put("sql", e.sql());
        n.put("started", e.started().toString());
        n.put("duration_ms", e.durationMillis());
        n.put("rows", e.rows());
        n.put("status", e.status().name());
        if (e.error() == null) n.putNull("error");
        else n.put("error", e.error());
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        Files.writeString(file, mapper.writeValueAsString(n) + "\n", StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    /** Appends, logging an I/O failure: a broken history file must not hide the query's own result. */
    void appendQuietly(Entry e) {
        try {
            append(e);
        } catch (IOException ex) {
            LOG.warn("cannot write query history {}: {}", file, ex.toString());
        }
    }

    /** Up to {@code limit} entries, newest first; empty when the file does not exist yet. */
    public synchronized List<Entry> newestFirst(int limit) throws IOException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return List.of();
        }
        List<Entry> entries = new ArrayList<>();
        for (int i = lines.size() - 1; i >= 0 && entries.size() < limit; i--) {
            Entry e = parse(lines.get(i));
            if (e != null) entries.add(e);
        }
        return Collections.unmodifiableList(entries);
    }

    private Entry parse(String line) {
        if (line.isBlank()) return null;
        try {
            JsonNode n = mapper.readTree(line);
            JsonNode error = n.get("error");
            return new Entry(n.get("sql").asText(), Instant.parse(n.get("started").asText()),
                    n.get("duration_ms").asLong(), n.get("rows").asLong(), QueryStatus.valueOf(n.get("status").asText()),
                    error == null || error.isNull() ? null : error.asText());
        } catch (IOException | RuntimeException e) {
            return null; // a torn line from a crash mid-append
        }
    }
}
