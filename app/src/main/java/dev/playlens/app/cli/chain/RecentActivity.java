package dev.playlens.app.cli.chain;

import dev.playlens.core.sql.Engine;
import dev.playlens.ml.data.DataSource;
import dev.playlens.ml.data.FeatureWindow;
import dev.playlens.ml.data.GameEventsFeatureQuery;
import dev.playlens.ml.data.WarehouseConnector;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * {@code score.recent_days: N}: the default per-player feature query over the N days that end with the newest event
 * in game_events, so a nightly run scores the players of the data it just loaded (not of a fixed training window).
 */
final class RecentActivity {
    private RecentActivity() {
    }

    static DataSource features(WarehouseConnector connector, String warehouse, int days) throws SQLException {
        Instant newest = newestEvent(connector, warehouse);
        // [to - N days, to) with "to" just past the newest event; the labels' horizon is irrelevant when scoring
        Instant to = newest.plusMillis(1);
        FeatureWindow window = new FeatureWindow(to.minus(Duration.ofDays(days)), to, Duration.ofDays(1));
        return new GameEventsFeatureQuery(Engine.fromLocation(warehouse), GameEventsFeatureQuery.EventTypes.DEFAULT)
                .build(window).on(warehouse);
    }

    private static Instant newestEvent(WarehouseConnector connector, String warehouse) throws SQLException {
        try (Connection c = connector.open(warehouse); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT max(event_timestamp) FROM game_events")) {
            Timestamp t = rs.next() ? rs.getTimestamp(1) : null;
            if (t == null) throw new IllegalStateException(warehouse + ": game_events is empty; nothing to score");
            return t.toLocalDateTime().toInstant(ZoneOffset.UTC);
        }
    }
}
