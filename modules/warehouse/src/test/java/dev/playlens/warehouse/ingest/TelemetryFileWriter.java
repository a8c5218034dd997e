package dev.playlens.warehouse.ingest;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;

/**
 * Writes synthetic telemetry files for tests and benchmarks, and remembers independently of the loader
 * what a correct load must produce: the unique valid event ids with the server_timestamp of their FIRST
 * occurrence (duplicates are client retries that differ only in server_timestamp), and every malformed line.
 */
final class TelemetryFileWriter {
    static final String[] TYPES = {"session_start", "level_start", "player_death", "level_complete", "purchase", "session_end"};

    /** A malformed line that was written: where, and the field the loader must name (null = not JSON). */
    record Malformed(String fileKey, long line, String expectedField) {
    }

    final Map<UUID, Long> firstServerTimestamp = new HashMap<>();
    final List<Malformed> malformed = new ArrayList<>();
    long validLines;
    long duplicateLines;

    private final SplittableRandom random;
    private final double duplicateRate;
    private final double malformedRate;
    private final List<UUID> recent = new ArrayList<>();
    private long serverTs = 1_700_000_000_000L;

    TelemetryFileWriter(long seed, double duplicateRate, double malformedRate) {
        this.random = new SplittableRandom(seed);
        this.duplicateRate = duplicateRate;
        this.malformedRate = malformedRate;
    }

    /**
     * The ingest benchmarks' data folder: {@code millions} × 1M lines with client retries in 100k-line files under
     * the temp folder, written on the first run of that size and reused by later ones.
     */
    static Path benchmarkData(int millions, boolean gzip) throws IOException {
        Path dir = Path.of(System.getProperty("java.io.tmpdir"), "playlens-bench-" + millions + (gzip ? "gz" : ""));
        if (!Files.exists(dir.resolve("done"))) {
            new TelemetryFileWriter(1, 0.005, 0.0).write(dir.resolve("data"), 10 * millions, 100_000, gzip);
            Files.writeString(dir.resolve("done"), "");
        }
        return dir.resolve("data");
    }

    /** Writes {@code files} files of {@code linesPerFile} lines under {@code dir} ({@code .json.gz} when gzip). */
    List<Path> write(Path dir, int files, int linesPerFile, boolean gzip) throws IOException {
        Files.createDirectories(dir);
        List<Path> paths = new ArrayList<>();
        for (int f = 0; f < files; f++) {
            String name = String.format(Locale.ROOT, "events/2024/01/%02d/part-%04d.json%s", 1 + f % 28, f, gzip ? ".gz" : "");
            Path p = dir.resolve(name);
            Files.createDirectories(p.getParent());
            try (OutputStream raw = Files.newOutputStream(p);
                 OutputStream out = gzip ? new GZIPOutputStream(raw, 1 << 16) : raw;
                 BufferedWriter w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16)) {
                for (int line = 1; line <= linesPerFile; line++) {
                    w.write(nextLine(name, line));
                    w.write('\n');
                }
            }
            paths.add(p);
        }
        return paths;
    }

    /** Valid unique events as lines (no duplicates, nothing malformed). */
    List<String> lines(int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            UUID id = new UUID(random.nextLong(), random.nextLong());
            firstServerTimestamp.putIfAbsent(id, serverTs);
            out.add(eventJson(id, serverTs++));
        }
        return out;
    }

    private String nextLine(String key, long line) {
        double r = random.nextDouble();
        if (r < malformedRate) return malformedLine(key, line);
        UUID id;
        boolean duplicate = r < malformedRate + duplicateRate && !recent.isEmpty();
        if (duplicate) {
            id = recent.get(random.nextInt(recent.size()));
            duplicateLines++;
        } else {
            id = new UUID(random.nextLong(), random.nextLong());
            if (recent.size() < 10_000) recent.add(id);
            else recent.set(random.nextInt(recent.size()), id);
        }
        long st = serverTs++;
        firstServerTimestamp.putIfAbsent(id, st);
        validLines++;
        return eventJson(id, st);
    }

    private String eventJson(UUID id, long serverTimestamp) {
        String type = TYPES[random.nextInt(TYPES.length)];
        long ts = 1_704_067_200_000L + random.nextLong(30L * 86_400_000L);
        StringBuilder sb = new StringBuilder(360);
        sb.append("{\"event_version\":\"1.0\",\"event_id\":\"").append(id)
                .append("\",\"event_timestamp\":").append(ts)
                .append(",\"event_type\":\"").append(type)
                .append("\",\"app_name\":\"playlens_demo\",\"app_version\":\"1.").append(random.nextInt(3))
                .append(".0\",\"client_id\":\"").append(new UUID(42, random.nextInt(20_000)))
                .append("\",\"level_id\":\"level_").append(random.nextInt(8))
                .append("\",\"position_x\":").append(Math.round(random.nextDouble() * 1_000_000) / 1000.0)
                .append(",\"position_y\":").append(Math.round(random.nextDouble() * 1_000_000) / 1000.0)
                .append(",\"session_id\":\"").append(new UUID(7, random.nextInt(200_000)))
                .append("\",\"server_timestamp\":").append(serverTimestamp);
        if (type.equals("purchase")) sb.append(",\"amount\":").append(random.nextInt(1, 100)).append(".99,\"sku\":\"gems_")
                .append(random.nextInt(5)).append('"');
        return sb.append('}').toString();
    }

    private String malformedLine(String key, long line) {
        String good = eventJson(new UUID(random.nextLong(), random.nextLong()), 0);
        int kind = random.nextInt(5);
        String field;
        String bad = switch (kind) {
            case 0 -> {
                field = null;
                yield good.substring(0, good.length() / 2); // truncated write
            }
            case 1 -> {
                field = "event_id";
                yield good.replaceFirst("\"event_id\":\"[^\"]+\"", "\"event_id\":\"not-a-uuid\"");
            }
            case 2 -> {
                field = "client_id";
                yield good.replaceFirst("\"client_id\":\"[^\"]+\",", "");
            }
            case 3 -> {
                field = "event_timestamp";
                yield good.replaceFirst("\"event_timestamp\":(\\d+)", "\"event_timestamp\":\"$1\"");
            }
            default -> {
                field = "position_x";
                yield good.replaceFirst("\"position_x\":[^,]+", "\"position_x\":\"left\"");
            }
        };
        malformed.add(new Malformed(key, line, field));
        return bad;
    }
}
