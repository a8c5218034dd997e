package dev.playlens.demo;

import dev.playlens.core.event.ParsedLine;
import dev.playlens.core.event.TelemetryEvent;
import dev.playlens.core.event.TelemetryJson;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * One pass over every event file of a generated bucket with the product's own parser, keeping what the
 * tests need (counts, distinct ids, active days per client, payers, deaths) rather than every event.
 */
final class EventScan {
    long files;
    long lines;
    long accepted;
    long rejected;
    final Set<UUID> ids = new HashSet<>();
    final Map<String, TreeSet<Integer>> sessionDays = new HashMap<>();
    final Set<String> payers = new HashSet<>();
    final Set<String> eventTypes = new TreeSet<>();
    final Set<String> extraKeys = new TreeSet<>();
    final Set<String> appVersions = new TreeSet<>();
    final List<String> problems = new ArrayList<>();
    /** Deaths as {x, y} world positions per "level@version". */
    final Map<String, List<double[]>> deaths = new HashMap<>();
    long filesOutOfLayout;
    long linesInEarlierHourThanEvent;

    static EventScan of(Path bucket, long startMs) throws IOException {
        EventScan s = new EventScan();
        TelemetryJson json = new TelemetryJson();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(bucket.resolve("events"))) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path f : files) {
            s.files++;
            String rel = bucket.resolve("events").relativize(f).toString();
            if (!rel.matches("\\d{4}/\\d{2}/\\d{2}/\\d{2}/[^/]+\\.json\\.gz")) s.filesOutOfLayout++;
            long fileHour = fileHourMs(rel);
            try (BufferedReader r = new BufferedReader(new InputStreamReader(
                    new GZIPInputStream(Files.newInputStream(f)), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    s.lines++;
                    if (json.parse(line) instanceof ParsedLine.Accepted(TelemetryEvent e)) {
                        s.accepted++;
                        s.add(e, startMs);
                        if (e.eventTimestamp() / 3_600_000L * 3_600_000L > fileHour) s.linesInEarlierHourThanEvent++;
                    } else {
                        s.rejected++;
                    }
                }
            }
        }
        return s;
    }

    private void add(TelemetryEvent e, long startMs) {
        ids.add(e.eventId());
        eventTypes.add(e.eventType());
        extraKeys.addAll(e.extra().keySet());
        appVersions.add(String.valueOf(e.appVersion()));
        if (!(e.extra().get("session_id") instanceof String)) problems.add("no session_id: " + e);
        switch (e.eventType()) {
            case "session_start" -> sessionDays.computeIfAbsent(e.clientId(), k -> new TreeSet<>())
                    .add((int) Math.floorDiv(e.eventTimestamp() - startMs, 86_400_000L));
            case "purchase" -> {
                payers.add(e.clientId());
                if (!(e.extra().get("amount") instanceof Number n) || n.doubleValue() <= 0
                        || !(e.extra().get("sku") instanceof String)) {
                    problems.add("purchase without amount/sku: " + e);
                }
            }
            case "player_death" -> {
                if (e.positionX() == null || e.positionY() == null || e.levelId() == null) {
                    problems.add("death without level or position: " + e);
                } else {
                    deaths.computeIfAbsent(e.levelId() + "@" + e.appVersion(), k -> new ArrayList<>())
                            .add(new double[]{e.positionX(), e.positionY()});
                }
            }
            default -> {
            }
        }
    }

    private static long fileHourMs(String rel) {
        String[] p = rel.split("/");
        if (p.length < 5) return Long.MAX_VALUE;
        return java.time.LocalDateTime.of(Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2]),
                Integer.parseInt(p[3]), 0).toInstant(java.time.ZoneOffset.UTC).toEpochMilli();
    }
}
