package dev.playlens.warehouse.ingest;

import dev.playlens.warehouse.Credentials;
import dev.playlens.warehouse.Warehouse;
import dev.playlens.warehouse.Warehouses;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Staging Parquet files as DuckDB reads them: types, nulls, empty and non-ASCII text, several row groups. */
class ParquetStagingWriterTest {
    @TempDir
    Path tmp;

    private static StagedEvent event(int i) {
        UUID id = new UUID(0x0123_4567_89ab_cdefL ^ i, 0xfedc_ba98_7654_3210L + i);
        boolean gaps = i % 3 == 0;
        return new StagedEvent(1000L + i, id.getMostSignificantBits(), id.getLeastSignificantBits(), "app",
                i % 5 == 0 ? "" : "1." + (i % 4), i % 2 == 0 ? "player_death" : "caf\u00e9 \"\t\\N", 1_700_000_000_000L + i,
                "client-" + i, gaps ? null : "1.0.0", gaps ? null : "level_" + (i % 7), gaps ? null : i / 8.0,
                i % 4 == 0 ? null : -i * 0.1, gaps ? null : "s" + i, i % 2 == 0 ? null : "{\"k\":" + i + "}");
    }

    @Test
    void duckDbReadsBackEveryValueAcrossRowGroups() throws Exception {
        int rows = ParquetStagingWriter.ROW_GROUP_ROWS * 2 + 17;
        Path file = tmp.resolve("s.parquet");
        try (OutputStream out = Files.newOutputStream(file)) {
            ParquetStagingWriter w = new ParquetStagingWriter(out);
            for (int i = 0; i < rows; i++) w.encode(event(i));
            w.finish();
        }
        try (Warehouse w = Warehouses.open("duckdb:", Credentials.none()); Connection c = w.connect();
             Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT count(*), count(DISTINCT event_id), typeof(any_value(event_id)),"
                    + " count(app_version), count(position_y), count(extra), sum(seq) FROM read_parquet('" + file + "')")) {
                rs.next();
                assertThat(rs.getLong(1)).isEqualTo(rows);
                assertThat(rs.getLong(2)).isEqualTo(rows);
                assertThat(rs.getString(3)).isEqualTo("UUID");
                assertThat(rs.getLong(4)).isEqualTo(rows - (rows + 2) / 3);
                assertThat(rs.getLong(5)).isEqualTo(rows - (rows + 3) / 4);
                assertThat(rs.getLong(6)).isEqualTo(rows / 2);
                assertThat(rs.getLong(7)).isEqualTo(1000L * rows + (long) rows * (rows - 1) / 2);
            }
            int checked = 0;
            try (ResultSet rs = st.executeQuery("SELECT * FROM read_parquet('" + file + "') ORDER BY seq")) {
                while (rs.next()) {
                    StagedEvent e = event(checked++);
                    assertThat(rs.getLong("seq")).isEqualTo(e.seq());
                    assertThat(rs.getObject("event_id")).isEqualTo(e.eventId());
                    assertThat(rs.getString("app_name")).isEqualTo(e.appName());
                    assertThat(rs.getString("event_version")).isEqualTo(e.eventVersion());
                    assertThat(rs.getString("event_type")).isEqualTo(e.eventType());
                    assertThat(rs.getLong("event_timestamp_ms")).isEqualTo(e.timestampMillis());
                    assertThat(rs.getString("client_id")).isEqualTo(e.clientId());
                    assertThat(rs.getString("app_version")).isEqualTo(e.appVersion());
                    assertThat(rs.getString("level_id")).isEqualTo(e.levelId());
                    assertThat((Double) rs.getObject("position_x")).isEqualTo(e.positionX());
                    assertThat((Double) rs.getObject("position_y")).isEqualTo(e.positionY());
                    assertThat(rs.getString("session_id")).isEqualTo(e.sessionId());
                    assertThat(rs.getString("extra")).isEqualTo(e.extraJson());
                }
            }
            assertThat(checked).isEqualTo(rows);
        }
    }

    @Test
    void aFileWithoutRowsIsStillAFile() throws Exception {
        Path file = tmp.resolve("empty.parquet");
        try (OutputStream out = Files.newOutputStream(file)) {
            new ParquetStagingWriter(out).finish();
        }
        try (Warehouse w = Warehouses.open("duckdb:", Credentials.none())) {
            assertThat(WarehouseRows.count(w, "SELECT count(*) FROM read_parquet('" + file + "')")).isZero();
        }
    }
}
