package dev.playlens.heatmap;

import dev.playlens.core.job.JobCancelledException;
import dev.playlens.core.job.JobContext;
import dev.playlens.core.job.JobHandle;
import dev.playlens.core.job.JobState;
import dev.playlens.core.job.ThreadPoolJobExecutor;
import dev.playlens.core.level.WorldRect;
import dev.playlens.core.sql.Engine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.function.Consumer;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Millions of events: binning stays in the warehouse (only bins come back) and a running bin query stops
 * promptly when its job is cancelled. Two million by default to keep the module's tests short on a shared
 * machine; {@code -Dplaylens.heatmap.events=10000000} runs the ten-million check.
 */
class LargeWarehouseTest {
    private static final int EVENTS = Integer.getInteger("playlens.heatmap.events", 2_000_000);
    private static final WorldRect WORLD = new WorldRect(0, 0, 4096, 4096, false);
    private static Connection connection;
    private final BinQueryRunner runner = new BinQueryRunner();

    @BeforeAll
    static void generate() throws Exception {
        connection = DriverManager.getConnection("jdbc:duckdb:");
        try (Statement st = connection.createStatement()) {
            st.execute("CREATE TABLE game_events (event_id VARCHAR, app_name VARCHAR, event_version VARCHAR, "
                    + "event_type VARCHAR, event_timestamp TIMESTAMP, client_id VARCHAR, app_version VARCHAR, "
                    + "level_id VARCHAR, position_x DOUBLE, position_y DOUBLE, session_id VARCHAR, extra VARCHAR)");
            // deterministic pseudo-random positions; every 97th event has no position
            st.execute("INSERT INTO game_events SELECT 'e' || i, 'big', '1.0', 'player_death', "
                    + "TIMESTAMP '2024-01-01' + to_seconds(i % 86400), 'c' || (i % 200000), "
                    + "CASE WHEN i % 2 = 0 THEN '1.0' ELSE '1.1' END, 'big_level', "
                    + "CASE WHEN i % 97 = 0 THEN NULL ELSE (hash(i) % 409600) / 100.0 END, "
                    + "(hash(i * 7 + 1) % 409600) / 100.0, 's' || (i % 500000), NULL FROM range(" + EVENTS + ") t(i)");
        }
    }

    @AfterAll
    static void close() throws Exception {
        connection.close();
    }

    @Test
    void millionsOfEventsBinInTheWarehouse() throws Exception {
        HeatmapQuery q = HeatmapQuery.of("big_level", WORLD).withBins(BinShape.HEX, 16);
        long start = System.nanoTime();
        BinGrid grid = runner.run(connection, Engine.DUCKDB, q, JobContext.silent());
        long millis = (System.nanoTime() - start) / 1_000_000;

        long withoutPosition;
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM game_events WHERE position_x IS NULL")) {
            rs.next();
            withoutPosition = rs.getLong(1);
        }
        assertThat(grid.stats().matchedEvents()).isEqualTo(EVENTS);
        assertThat(grid.stats().withoutPosition()).isEqualTo(withoutPosition);
        assertThat(grid.stats().binnedEvents()).isEqualTo(EVENTS - withoutPosition);
        assertThat(grid.total()).isEqualTo((double) (EVENTS - withoutPosition));
        assertThat(millis).as("hex-binning %d events took %d ms", EVENTS, millis).isLessThan(30_000);
    }

    @Test
    void cancellingTheJobStopsTheRunningQuery() throws Exception {
        // a deliberately heavy query: distinct players per 1-unit cell, for every hex
        HeatmapQuery q = HeatmapQuery.of("big_level", WORLD).withBins(BinShape.HEX, 8).withReduce(Reduce.MAX)
                .withNormalization(Normalization.PER_PLAYER).withAppVersions(List.of("1.0", "1.1"));
        StatementCancelHook hook = new StatementCancelHook();
        CountDownLatch binQueryStarted = new CountDownLatch(2); // population query, then the bin query
        Consumer<Statement> onStatement = st -> {
            hook.accept(st);
            binQueryStarted.countDown();
        };
        try (ThreadPoolJobExecutor executor = new ThreadPoolJobExecutor()) {
            JobHandle<BinGrid> handle = executor.submit("heatmap",
                    ctx -> runner.run(connection, Engine.DUCKDB, q, ctx, onStatement));
            handle.onCancel(hook::cancel);
            assertThat(binQueryStarted.await(20, TimeUnit.SECONDS)).isTrue();
            Thread.sleep(50);
            assertThat(handle.state()).isEqualTo(JobState.RUNNING);
            long cancelledAt = System.nanoTime();
            handle.cancel();
            assertThatThrownBy(() -> handle.result().get(20, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(JobCancelledException.class);
            long stopMillis = (System.nanoTime() - cancelledAt) / 1_000_000;
            assertThat(handle.state()).isEqualTo(JobState.CANCELLED);
            assertThat(hook.isCancelled()).isTrue();
            assertThat(stopMillis).as("stopped %d ms after cancel", stopMillis).isLessThan(5_000);
        }
        // the connection is still usable afterwards
        HeatmapQuery small = HeatmapQuery.of("big_level", WORLD).withBins(BinShape.SQUARE, 512);
        assertThat(runner.run(connection, Engine.DUCKDB, small, JobContext.silent()).stats().matchedEvents())
                .isEqualTo(EVENTS);
    }
}
