package dev.playlens.app.storage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.playlens.storage.ByteRange;
import dev.playlens.storage.ObjectInfo;
import dev.playlens.storage.ObjectStore;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * Builds a preview from the first bytes of an object: JSON lines pretty-printed (first {@code maxLines}), CSV as a
 * grid, Parquet's schema and first rows (through DuckDB), images. Only what the preview needs is read: a range for
 * plain text, a stream closed early for gzip; Parquet and images are read whole up to a size limit.
 */
public final class ObjectPreviewer {
    static final long TEXT_BYTES = 1 << 20;
    static final long IMAGE_LIMIT = 32L << 20;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final int maxLines;
    private final ParquetPreview parquet;

    public ObjectPreviewer(int maxLines, ParquetPreview parquet) {
        this.maxLines = maxLines;
        this.parquet = parquet;
    }

    public Preview preview(ObjectStore store, ObjectInfo object) throws Exception {
        String key = object.key();
        if (object.isPrefix()) return new Preview.None(key, "A folder: double-click to open it.");
        if (object.size() == 0) return new Preview.None(key, "The object is empty.");
        return switch (ObjectKind.of(key)) {
            case JSON_LINES -> jsonLines(store, object);
            case CSV -> csv(store, object);
            case PARQUET -> parquet.preview(store, object, maxLines);
            case IMAGE -> image(store, object);
            case FOLDER, OTHER -> new Preview.None(key, "No preview for " + ObjectKind.describe(key) + ".");
        };
    }

    private Preview jsonLines(ObjectStore store, ObjectInfo object) throws IOException {
        StringBuilder out = new StringBuilder();
        int shown = 0;
        int bad = 0;
        try (BufferedReader in = reader(store, object)) {
            String line;
            while (shown < maxLines && (line = in.readLine()) != null) {
                if (line.isBlank()) continue;
                shown++;
                try {
                    JsonNode node = JSON.readTree(line);
                    out.append(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node)).append('\n');
                } catch (IOException e) {
                    bad++;
                    out.append("// line ").append(shown).append(" is not JSON: ").append(line).append('\n');
                }
            }
        }
        String note = String.format(Locale.ROOT, "First %d line%s%s", shown, shown == 1 ? "" : "s",
                bad == 0 ? "" : ", " + bad + " not JSON");
        return new Preview.Text(object.key(), out.toString(), note);
    }

    private Preview csv(ObjectStore store, ObjectInfo object) throws IOException {
        List<List<String>> rows;
        try (BufferedReader in = reader(store, object)) {
            rows = CsvRows.read(in, maxLines + 1);
        }
        if (rows.isEmpty()) return new Preview.None(object.key(), "The CSV file has no rows.");
        List<String> header = rows.getFirst();
        List<List<String>> body = new ArrayList<>(rows.subList(1, rows.size()));
        return new Preview.Table(object.key(), header, body, "First " + body.size() + " rows, " + header.size() + " columns");
    }

    private Preview image(ObjectStore store, ObjectInfo object) throws IOException {
        if (object.size() > IMAGE_LIMIT) {
            return new Preview.None(object.key(), "The image is " + RateMeter.formatBytes(object.size())
                    + ", too big to preview (limit " + RateMeter.formatBytes(IMAGE_LIMIT) + ").");
        }
        try (InputStream in = store.read(object.key())) {
            return new Preview.Image(object.key(), in.readAllBytes());
        }
    }

    /** Text of the object: a ranged read of the first bytes, or a gzip stream that is closed after the first lines. */
    private static BufferedReader reader(ObjectStore store, ObjectInfo object) throws IOException {
        InputStream raw = ObjectKind.isGzip(object.key()) || object.size() <= TEXT_BYTES
                ? store.read(object.key()) : store.read(object.key(), new ByteRange(0, TEXT_BYTES));
        InputStream in = ObjectKind.isGzip(object.key()) ? new GZIPInputStream(raw) : raw;
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
}
