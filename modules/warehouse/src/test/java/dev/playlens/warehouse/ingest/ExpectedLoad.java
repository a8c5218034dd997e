package dev.playlens.warehouse.ingest;

import dev.playlens.core.event.ParsedLine;
import dev.playlens.core.event.TelemetryEvent;
import dev.playlens.core.event.TelemetryJson;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.GZIPInputStream;

/**
 * The test oracle: what a correct load of some files must give, computed independently of the loader —
 * every line through core's {@code TelemetryJson.parse}, Java collections for de-duplication.
 */
final class ExpectedLoad {
    record ExpectedReject(String key, long line, String field) {
    }

    final Map<UUID, TelemetryEvent> firstById = new LinkedHashMap<>();
    final List<ExpectedReject> rejects = new ArrayList<>();
    long read;

    /** @param files (key, path) pairs in load order */
    static ExpectedLoad of(Map<String, Path> files) throws IOException {
        ExpectedLoad e = new ExpectedLoad();
        TelemetryJson json = new TelemetryJson();
        for (Map.Entry<String, Path> f : files.entrySet()) {
            try (InputStream raw = Files.newInputStream(f.getValue());
                 InputStream in = f.getKey().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
                 BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                long n = 0;
                while ((line = r.readLine()) != null) {
                    n++;
                    if (line.isBlank()) continue;
                    e.read++;
                    ParsedLine p;
                    try {
                        p = json.parse(line);
                    } catch (RuntimeException ex) {
                        p = new ParsedLine.Rejected(null, ex.toString(), line);
                    }
                    switch (p) {
                        case ParsedLine.Accepted a -> e.firstById.putIfAbsent(a.event().eventId(), a.event());
                        case ParsedLine.Rejected rej -> e.rejects.add(new ExpectedReject(f.getKey(), n, rej.field()));
                    }
                }
            }
        }
        return e;
    }

    long duplicates() {
        return read - rejects.size() - firstById.size();
    }
}
