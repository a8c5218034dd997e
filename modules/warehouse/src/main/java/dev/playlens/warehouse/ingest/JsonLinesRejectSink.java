package dev.playlens.warehouse.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Appends rejects to a JSON-lines file: {@code {"file":…, "line":…, "field":…, "reason":…, "raw":…}}.
 * The file is created (with its folders) on the first reject, so a clean load leaves no empty file.
 */
public final class JsonLinesRejectSink implements RejectSink, AutoCloseable {
    private final Path file;
    private final JsonFactory json = new JsonFactory();
    private BufferedWriter out;
    private long count;

    public JsonLinesRejectSink(Path file) {
        this.file = file;
    }

    @Override
    public synchronized void reject(Reject r) throws IOException {
        if (out == null) {
            if (file.toAbsolutePath().getParent() != null) Files.createDirectories(file.toAbsolutePath().getParent());
            out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
        try (JsonGenerator g = json.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartObject();
            g.writeStringField("file", r.fileKey());
            g.writeNumberField("line", r.lineNumber());
            g.writeStringField("field", r.field());
            g.writeStringField("reason", r.reason());
            g.writeStringField("raw", r.rawLine());
            g.writeEndObject();
        }
        out.write('\n');
        count++;
    }

    /** Rejects written through this sink (not counting what the file held before). */
    public synchronized long count() {
        return count;
    }

    public Path file() {
        return file;
    }

    @Override
    public synchronized void flush() throws IOException {
        if (out != null) out.flush();
    }

    @Override
    public synchronized void close() throws IOException {
        if (out != null) out.close();
        out = null;
    }
}
