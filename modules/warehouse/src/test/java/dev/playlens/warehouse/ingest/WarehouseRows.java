package dev.playlens.warehouse.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.playlens.core.event.TelemetryEvent;
import dev.playlens.warehouse.Warehouse;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Reads game_events back and compares every row with the oracle's events, field by field. */
final class WarehouseRows {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private WarehouseRows() {
    }

    static long count(Warehouse w, String sql) throws SQLException {
        try (Connection c = w.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static void assertTableEquals(Warehouse w, Map<UUID, TelemetryEvent> expected) throws Exception {
        Map<UUID, TelemetryEvent> remaining = new HashMap<>(expected);
        try (Connection c = w.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT CAST(event_id AS VARCHAR(36)), app_name, event_version, event_type,"
                     + " event_timestamp, client_id, app_version, level_id, position_x, position_y, session_id, extra"
                     + " FROM game_events")) {
            while (rs.next()) {
                UUID id = UUID.fromString(rs.getString(1));
                TelemetryEvent e = remaining.remove(id);
                assertThat(e).as("row %s is expected exactly once", id).isNotNull();
                assertThat(rs.getString(2)).isEqualTo(e.appName());
                assertThat(rs.getString(3)).isEqualTo(e.eventVersion());
                assertThat(rs.getString(4)).isEqualTo(e.eventType());
                assertThat(rs.getObject(5, LocalDateTime.class).toInstant(ZoneOffset.UTC).toEpochMilli())
                        .as("timestamp of %s", id).isEqualTo(e.eventTimestamp());
                assertThat(rs.getString(6)).isEqualTo(e.clientId());
                assertThat(rs.getString(7)).isEqualTo(e.appVersion());
                assertThat(rs.getString(8)).isEqualTo(e.levelId());
                assertThat((Double) rs.getObject(9)).as("position_x of %s", id).isEqualTo(e.positionX());
                assertThat((Double) rs.getObject(10)).as("position_y of %s", id).isEqualTo(e.positionY());
                Map<String, Object> extra = new TreeMap<>(e.extra());
                Object session = extra.remove("session_id");
                String expectedSession = session == null ? null
                        : session instanceof String s ? s : MAPPER.writeValueAsString(session);
                assertThat(rs.getString(11)).as("session_id of %s", id).isEqualTo(expectedSession);
                String extraJson = rs.getString(12);
                if (extra.isEmpty()) {
                    assertThat(extraJson).as("extra of %s", id).isNull();
                } else {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> stored = MAPPER.readValue(extraJson, LinkedHashMap.class);
                    assertThat(stored).as("extra of %s", id).isEqualTo(MAPPER.convertValue(extra, LinkedHashMap.class));
                }
            }
        }
        assertThat(remaining).as("expected events missing from the table").isEmpty();
    }
}
