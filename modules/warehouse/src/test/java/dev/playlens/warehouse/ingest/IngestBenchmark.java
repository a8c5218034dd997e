package dev.playlens.warehouse.ingest;

import dev.playlens.core.job.JobContext;
import dev.playlens.warehouse.Credentials;
import dev.playlens.warehouse.DuckDbDialect;
import dev.playlens.warehouse.Warehouse;
import dev.playlens.warehouse.Warehouses;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;

/**
 * Throughput of the DuckDB load against DuckDB's own read_json of the same files: the raw load
 * ({@code CREATE TABLE AS SELECT * FROM read_json(…)}), the narrower INSERT of just game_events' columns into the
 * table without its key, and {@code INSERT OR IGNORE} into game_events with its primary key. Off by default (CPU-heavy on a shared machine): run with
 * {@code -Dtest=IngestBenchmark -Dplaylens.bench=MILLIONS [-Dplaylens.bench.gzip=true] [-Dplaylens.bench.rounds=N]}.
 * The data (1 % retries) is generated once under java.io.tmpdir.
 */
class IngestBenchmark {
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    @Test
    void duckDbThroughput() throws Exception {
        String n = System.getProperty("playlens.bench");
        Assumptions.assumeTrue(n != null, "benchmark off; -Dplaylens.bench=MILLIONS to run");
        int millions = Integer.parseInt(n);
        boolean gzip = Boolean.getBoolean("playlens.bench.gzip");
        Path data = TelemetryFileWriter.benchmarkData(millions, gzip);
        List<SourceFile> sources = LocalSourceFiles.under(data);
        String ddl = new DuckDbDialect().createGameEventsDdl();
        for (int round = 0; round < Integer.getInteger("playlens.bench.rounds", 2); round++) {
            for (String mode : List.of("playlens", "playlens-no-pk", "ctas-read_json", "read_json-no-pk", "read_json-pk")) {
                Path db = data.resolveSibling("bench.duckdb");
                Files.deleteIfExists(db);
                Files.deleteIfExists(data.resolveSibling("bench.duckdb.wal"));
                long t0 = System.nanoTime(), cpu0 = OS.getProcessCpuTime();
                long rows;
                try (Warehouse w = Warehouses.open("duckdb:" + db, Credentials.none());
                     Connection c = w.connect(); Statement st = c.createStatement()) {
                    if (mode.endsWith("no-pk")) st.execute(ddl.replace(" PRIMARY KEY", ""));
                    else st.execute(ddl);
                    if (mode.startsWith("ctas")) {
                        // the raw load as the issue names it: every field, types detected by DuckDB, no checks
                        rows = st.executeUpdate("CREATE TABLE raw_events AS SELECT * FROM read_json('" + data
                                + "/**/*.json*', format = 'newline_delimited')");
                    } else if (mode.startsWith("playlens")) {
                        rows = new TelemetryLoader(w, new LoadJournal()).load(sources, r -> { }, JobContext.silent()).read();
                    } else {
                        // DuckDB's own JSON reader, no validation, no exact de-duplication (OR IGNORE keeps any copy)
                        st.executeUpdate("INSERT " + (mode.equals("read_json-pk") ? "OR IGNORE " : "") + "INTO game_events"
                                + " SELECT event_id, app_name, event_version, event_type, make_timestamp(event_timestamp * 1000),"
                                + " client_id, app_version, level_id, position_x, position_y, session_id, NULL FROM read_json('"
                                + data + "/**/*.json*', format = 'newline_delimited', columns = {event_id: 'UUID',"
                                + " app_name: 'VARCHAR', event_version: 'VARCHAR', event_type: 'VARCHAR', event_timestamp: 'BIGINT',"
                                + " client_id: 'VARCHAR', app_version: 'VARCHAR', level_id: 'VARCHAR', position_x: 'DOUBLE',"
                                + " position_y: 'DOUBLE', session_id: 'VARCHAR'})");
                        rows = millions * 1_000_000L;
                    }
                }
                double s = (System.nanoTime() - t0) / 1e9;
                System.out.printf("%-16s %,d lines in %6.2f s (process CPU %6.2f s) = %,.0f lines/s%n", mode, rows, s,
                        (OS.getProcessCpuTime() - cpu0) / 1e9, rows / s);
            }
        }
    }
}
