package dev.playlens.warehouse.ingest;

import dev.playlens.core.job.JobContext;
import dev.playlens.testsupport.PostgresServer;
import dev.playlens.testsupport.RealServers;
import dev.playlens.warehouse.Credentials;
import dev.playlens.warehouse.PostgresDialect;
import dev.playlens.warehouse.Warehouse;
import dev.playlens.warehouse.Warehouses;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postgresql.PGConnection;

import java.io.InputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Throughput of the PostgreSQL load against PostgreSQL's own {@code COPY} of the same files. COPY cannot split
 * JSON lines into columns, so the raw path is COPY of each line into a {@code jsonb} column, then one
 * {@code INSERT … SELECT} that extracts the columns (no validation, no de-duplication). Off by default: run with
 * {@code -Dtest=PostgresIngestBenchmark -Dplaylens.bench=MILLIONS [-Dplaylens.bench.gzip=true]}.
 */
@ExtendWith(RealServers.class)
class PostgresIngestBenchmark {
    private static final String EXTRACT = "INSERT INTO game_events SELECT (j->>'event_id')::uuid, j->>'app_name',"
            + " j->>'event_version', j->>'event_type', to_timestamp((j->>'event_timestamp')::bigint / 1000.0) AT TIME ZONE 'UTC',"
            + " j->>'client_id', j->>'app_version', j->>'level_id', (j->>'position_x')::float8, (j->>'position_y')::float8,"
            + " j->>'session_id', NULL FROM raw_events ON CONFLICT (event_id) DO NOTHING";
    private final PostgresServer pg;

    PostgresIngestBenchmark(PostgresServer pg) {
        this.pg = pg;
    }

    @Test
    void postgresThroughput() throws Exception {
        String n = System.getProperty("playlens.bench");
        Assumptions.assumeTrue(n != null, "benchmark off; -Dplaylens.bench=MILLIONS to run");
        int millions = Integer.parseInt(n);
        boolean gzip = Boolean.getBoolean("playlens.bench.gzip");
        Path data = TelemetryFileWriter.benchmarkData(millions, gzip);
        List<SourceFile> sources = LocalSourceFiles.under(data);
        Credentials credentials = new Credentials(pg.user(), pg.password());
        String ddl = new PostgresDialect().createGameEventsDdl();
        for (int round = 0; round < Integer.getInteger("playlens.bench.rounds", 1); round++) {
            for (String mode : List.of("playlens", "copy-jsonb+extract")) {
                String url = pg.newDatabase("bench_" + round + "_" + mode.replaceAll("\\W", "_"));
                long t0 = System.nanoTime(), copied = 0;
                long rows;
                try (Warehouse w = Warehouses.open(url, credentials); Connection c = w.connect();
                     Statement st = c.createStatement()) {
                    st.execute(ddl);
                    if (mode.equals("playlens")) {
                        rows = new TelemetryLoader(w, new LoadJournal()).load(sources, r -> { }, JobContext.silent()).read();
                    } else {
                        // CSV with quote and delimiter bytes that never occur, so each line lands untouched
                        st.execute("CREATE UNLOGGED TABLE raw_events (j jsonb)");
                        var copy = c.unwrap(PGConnection.class).getCopyAPI();
                        for (SourceFile f : sources) {
                            try (InputStream in = open(f, gzip)) {
                                copied += copy.copyIn("COPY raw_events FROM STDIN WITH (FORMAT csv, QUOTE e'\\x01', DELIMITER e'\\x02')", in);
                            }
                        }
                        long tCopy = System.nanoTime();
                        System.out.printf("  copy alone: %,d lines in %6.2f s%n", copied, (tCopy - t0) / 1e9);
                        rows = st.executeUpdate(EXTRACT);
                    }
                }
                double s = (System.nanoTime() - t0) / 1e9;
                System.out.printf("%-20s %,d lines in %6.2f s = %,.0f lines/s%n", mode, rows, s, rows / s);
            }
        }
    }

    private static InputStream open(SourceFile file, boolean gzip) throws Exception {
        InputStream in = file.open();
        return gzip ? new GZIPInputStream(in, 1 << 16) : in;
    }
}
