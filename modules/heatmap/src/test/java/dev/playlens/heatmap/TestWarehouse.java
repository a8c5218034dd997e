package dev.playlens.heatmap;

import dev.playlens.core.event.ParsedLine;
import dev.playlens.core.event.TelemetryEvent;
import dev.playlens.core.event.TelemetryJson;
import dev.playlens.core.sql.GameEvents;
import dev.playlens.testsupport.RealData;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** Creates game_events in a test database and loads the real samples into it. */
final class TestWarehouse {
    private static final DateTimeFormatter TS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS").withZone(ZoneOffset.UTC);
    /** PUBG matches have no wall-clock time in the data: match k starts k hours after this. */
    private static final int CHUNK = 500;
    static final Instant PUBG_EPOCH = Instant.parse("2018-03-01T00:00:00Z");

    private TestWarehouse() {
    }

    static void createTable(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("CREATE TABLE " + GameEvents.TABLE + " (event_id VARCHAR(64) PRIMARY KEY, app_name VARCHAR(64), "
                    + "event_version VARCHAR(16), event_type VARCHAR(64), event_timestamp TIMESTAMP, "
                    + "client_id VARCHAR(64), app_version VARCHAR(32), level_id VARCHAR(64), "
                    + "position_x DOUBLE PRECISION, position_y DOUBLE PRECISION, session_id VARCHAR(64), "
                    + "extra VARCHAR(1000))");
        }
    }

    /** Multi-row INSERTs of {@value #CHUNK} rows: per-row batches are slow on DuckDB. */
    static void insert(Connection c, List<EventRow> rows) throws SQLException {
        for (int from = 0; from < rows.size(); from += CHUNK) {
            List<EventRow> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
            String values = String.join(", ", java.util.Collections.nCopies(chunk.size(),
                    "(?, 'test', '1.0', ?, CAST(? AS TIMESTAMP), ?, ?, ?, ?, ?, ?)"));
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO game_events (event_id, app_name, "
                    + "event_version, event_type, event_timestamp, client_id, app_version, level_id, position_x, "
                    + "position_y, session_id) VALUES " + values)) {
                int i = 0;
                for (EventRow r : chunk) {
                    ps.setString(++i, r.eventId());
                    ps.setString(++i, r.eventType());
                    ps.setString(++i, TS.format(r.timestamp()));
                    ps.setString(++i, r.clientId());
                    ps.setString(++i, r.appVersion());
                    ps.setString(++i, r.levelId());
                    if (r.x() == null) ps.setNull(++i, Types.DOUBLE); else ps.setDouble(++i, r.x());
                    if (r.y() == null) ps.setNull(++i, Types.DOUBLE); else ps.setDouble(++i, r.y());
                    ps.setString(++i, r.sessionId());
                }
                ps.executeUpdate();
            }
        }
    }

    /** The seed pipeline's 642 player_death events on test_level. */
    static List<EventRow> seedSample() throws IOException {
        Path file = RealData.file("aws-pipeline/heatmap-sample-data.txt");
        List<EventRow> rows = new ArrayList<>();
        TelemetryJson json = new TelemetryJson();
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) continue;
            ParsedLine parsed = json.parse(lines.get(i));
            if (!(parsed instanceof ParsedLine.Accepted(TelemetryEvent e))) {
                throw new IllegalStateException(file + " line " + (i + 1) + " rejected: " + parsed);
            }
            rows.add(new EventRow(e.eventId().toString(), e.eventType(), Instant.ofEpochMilli(e.eventTimestamp()),
                    e.clientId(), e.appVersion(), e.levelId(), e.positionX(), e.positionY(), null));
        }
        return rows;
    }

    /**
     * PUBG victim positions as player_death events: level = map name, client = victim participant id, session =
     * match, time = match start + time_s. The data has no app versions; matches get the test label "odd" or
     * "even" by match number so that version filters have something to select. (0,0) rows (unknown position)
     * are skipped.
     */
    static List<EventRow> pubgDeaths() throws IOException {
        Path file = RealData.file("pubg/pubg_opgg_100matches_deaths_long.csv");
        List<String> lines = Files.readAllLines(file);
        List<String> header = List.of(lines.getFirst().split(","));
        int match = column(header, "match_index", file), map = column(header, "map", file);
        int death = column(header, "death_index", file), time = column(header, "time_s", file);
        int vx = column(header, "victim_position_x", file), vy = column(header, "victim_position_y", file);
        int victim = column(header, "victim_participant_id", file);
        List<EventRow> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String[] f = lines.get(i).split(",", -1);
            double x = Double.parseDouble(f[vx]);
            double y = Double.parseDouble(f[vy]);
            if (x == 0 && y == 0) continue;
            int m = Integer.parseInt(f[match]);
            Instant at = PUBG_EPOCH.plusSeconds(3600L * m + Long.parseLong(f[time]));
            rows.add(new EventRow("pubg-" + m + "-" + f[death], "player_death", at, f[victim],
                    m % 2 == 0 ? "even" : "odd", f[map], x, y, "match-" + m));
        }
        return rows;
    }

    private static int column(List<String> header, String name, Path file) {
        int i = header.indexOf(name);
        if (i < 0) throw new IllegalStateException(file + ": no column " + name + " in header " + header);
        return i;
    }
}
