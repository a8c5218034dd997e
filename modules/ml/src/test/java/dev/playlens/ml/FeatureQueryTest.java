package dev.playlens.ml;

import dev.playlens.core.job.JobContext;
import dev.playlens.core.sql.Engine;
import dev.playlens.ml.data.FeatureWindow;
import dev.playlens.ml.data.GameEventsFeatureQuery;
import dev.playlens.ml.data.RawColumn;
import dev.playlens.ml.data.RawTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The default feature query on a hand-made game_events table whose answers are worked out below by hand. */
class FeatureQueryTest {
    private static final Instant T0 = Instant.parse("2024-03-01T00:00:00Z");
    private static final Instant T1 = Instant.parse("2024-03-08T00:00:00Z");

    @Test
    void computesPerUserFeaturesAndLabels(@TempDir Path dir) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("w.duckdb"))) {
            try (Statement st = c.createStatement()) {
                st.execute("""
                        CREATE TABLE game_events (event_id VARCHAR PRIMARY KEY, app_name VARCHAR, event_version VARCHAR,
                          event_type VARCHAR, event_timestamp TIMESTAMP, client_id VARCHAR, app_version VARCHAR,
                          level_id VARCHAR, position_x DOUBLE, position_y DOUBLE, session_id VARCHAR, extra VARCHAR)""");
            }
            // alice: 2 sessions on 2 days; session s1 spans 10 min, s2 spans 5 min; 2 levels started, 1 completed,
            // 3 deaths, 1 purchase of 4.99 in the window, returns after the window and buys again.
            ev(c, "a1", "session_start", "2024-03-01T10:00:00", "alice", "1.0", null, "s1", null);
            ev(c, "a2", "level_start", "2024-03-01T10:01:00", "alice", "1.0", "L1", "s1", null);
            ev(c, "a3", "player_death", "2024-03-01T10:02:00", "alice", "1.0", "L1", "s1", null);
            ev(c, "a4", "player_death", "2024-03-01T10:03:00", "alice", "1.0", "L1", "s1", null);
            ev(c, "a5", "level_complete", "2024-03-01T10:05:00", "alice", "1.0", "L1", "s1", null);
            ev(c, "a6", "purchase", "2024-03-01T10:10:00", "alice", "1.0", null, "s1", "{\"amount\": \"4.99\"}");
            ev(c, "a7", "level_start", "2024-03-03T09:00:00", "alice", "1.1", "L2", "s2", null);
            ev(c, "a8", "player_death", "2024-03-03T09:05:00", "alice", "1.1", "L2", "s2", null);
            ev(c, "a9", "purchase", "2024-03-09T12:00:00", "alice", "1.1", null, "s3", "{\"amount\": \"9.99\"}");
            // bob: one session of 2 min on 03-06, never seen again → churned; an amount that is not a number.
            ev(c, "b1", "level_start", "2024-03-06T20:00:00", "bob", "1.0", "L1", "t1", null);
            ev(c, "b2", "purchase", "2024-03-06T20:02:00", "bob", "1.0", null, "t1", "{\"amount\": \"free\"}");
            // carol: only outside the window (before it) → not a row.
            ev(c, "c1", "level_start", "2024-02-20T20:00:00", "carol", "1.0", "L1", "u1", null);

            var query = new GameEventsFeatureQuery(Engine.DUCKDB, GameEventsFeatureQuery.EventTypes.DEFAULT)
                    .build(new FeatureWindow(T0, T1, Duration.ofDays(7)));
            RawTable t = Fixtures.loader().query(c, query.sql(), query.parameters().toArray(), "test", JobContext.silent());

            assertThat(t.rowCount()).isEqualTo(2);
            assertThat(((RawColumn.Text) t.column("client_id")).values()).containsExactly("alice", "bob");
            assertThat(num(t, "sessions")).containsExactly(2, 1);
            assertThat(num(t, "active_days")).containsExactly(2, 1);
            assertThat(num(t, "events")).containsExactly(8, 2);
            assertThat(num(t, "levels_started")).containsExactly(2, 1);
            assertThat(num(t, "levels_completed")).containsExactly(1, 0);
            assertThat(num(t, "deaths")).containsExactly(3, 0);
            assertThat(num(t, "deaths_per_level")).containsExactly(1.5, 0);
            assertThat(num(t, "distinct_levels")).containsExactly(2, 1);
            assertThat(num(t, "purchases")).containsExactly(1, 1);
            assertThat(num(t, "purchase_amount")[0]).isCloseTo(4.99, within(1e-9));
            assertThat(num(t, "purchase_amount")[1]).isZero();
            assertThat(num(t, "playtime_seconds")).containsExactly(600 + 300, 120);
            // alice last seen 03-03 09:05 → 4 days 14h55m before 03-08 00:00
            assertThat(num(t, "days_since_last_seen")[0]).isCloseTo(4 + (14 * 60 + 55) / 1440.0, within(1e-9));
            assertThat(num(t, "days_since_first_seen")[1]).isCloseTo(1 + 4 / 24.0, within(1e-9));
            assertThat(((RawColumn.Text) t.column("app_version")).values()).containsExactly("1.1", "1.0");
            assertThat(num(t, GameEventsFeatureQuery.CHURN_LABEL)).containsExactly(0, 1);
            assertThat(num(t, GameEventsFeatureQuery.PAYMENT_LABEL)).containsExactly(1, 0);
        }
    }

    private static double[] num(RawTable t, String column) {
        return ((RawColumn.Numeric) t.column(column)).values();
    }

    private static void ev(Connection c, String id, String type, String at, String client, String version, String level,
                           String session, String extra) throws Exception {
        try (PreparedStatement st = c.prepareStatement(
                "INSERT INTO game_events VALUES (?, 'game', '1.0', ?, ?, ?, ?, ?, NULL, NULL, ?, ?)")) {
            st.setString(1, id);
            st.setString(2, type);
            st.setTimestamp(3, Timestamp.valueOf(LocalDateTime.parse(at)));
            st.setString(4, client);
            st.setString(5, version);
            st.setString(6, level);
            st.setString(7, session);
            st.setString(8, extra);
            st.executeUpdate();
        }
        assertThat(ZoneOffset.UTC).isNotNull();
    }
}
