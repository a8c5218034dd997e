package dev.playlens.heatmap;

import dev.playlens.core.job.JobCancelledException;
import dev.playlens.core.job.JobContext;
import dev.playlens.core.level.WorldRect;
import dev.playlens.core.sql.Engine;
import dev.playlens.testsupport.PostgresServer;
import dev.playlens.testsupport.RealServers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The per-level cell roll-up on a real PostgreSQL: a heatmap from the roll-up is the raw query's heatmap
 * exactly (bins and stats), queries it cannot answer fall back to the events, and any change to game_events
 * makes it stale until rebuilt.
 */
@ExtendWith(RealServers.class)
class CellRollupTest extends DuckDbTestBase {
    private static final double SEED_UNIT = 512.0 / 256;
    private static Connection pg;
    private final CellRollupStore store = new CellRollupStore();
    private final BinQueryRunner rawRunner = new BinQueryRunner(false);

    @BeforeAll
    static void loadPostgres(PostgresServer server) throws Exception {
        String url = server.newDatabase("heatmap_rollup");
        pg = DriverManager.getConnection(url, server.user(), server.password());
        TestWarehouse.createTable(pg);
        TestWarehouse.insert(pg, seed);
        TestWarehouse.insert(pg, pubg);
    }

    @Test
    void rollupHeatmapsEqualTheRawOnesOnTheLattice() throws Exception {
        buildAll();
        WorldRect mirrored = new WorldRect(SEED_WORLD.x1(), SEED_WORLD.y1(), SEED_WORLD.x0(), SEED_WORLD.y0(), true);
        Viewport zoom = new Viewport(SEED_WORLD.x0() + 100, SEED_WORLD.y0() + 60, SEED_WORLD.x0() + 300,
                SEED_WORLD.y0() + 400);
        List<HeatmapQuery> queries = List.of(
                HeatmapQuery.of("test_level", SEED_WORLD),
                HeatmapQuery.of("test_level", SEED_WORLD).withBins(BinShape.SQUARE, 2),
                HeatmapQuery.of("test_level", SEED_WORLD).withBins(BinShape.SQUARE, 16).withSmoothing(1.5),
                HeatmapQuery.of("test_level", SEED_WORLD).withBins(BinShape.SQUARE, 6).withViewport(zoom),
                HeatmapQuery.of("test_level", SEED_WORLD).withAppVersions(List.of(seed.getFirst().appVersion())),
                HeatmapQuery.of("test_level", mirrored).withBins(BinShape.SQUARE, 10),
                HeatmapQuery.of("ERANGEL", PUBG_WORLD).withBins(BinShape.SQUARE, 8000),
                HeatmapQuery.of("ERANGEL", PUBG_WORLD).withBins(BinShape.SQUARE, 3000).withAppVersions(List.of("even")),
                HeatmapQuery.of("MIRAMAR", PUBG_WORLD).withBins(BinShape.SQUARE, 16000)
                        .withViewport(new Viewport(200000, 100000, 500000, 700000)),
                HeatmapQuery.of("ERANGEL", PUBG_WORLD).withEventTypes(List.of("player_death", "kill"))
                        .withBins(BinShape.SQUARE, 4000));
        for (HeatmapQuery q : queries) {
            BinnedGrid fromCells = runner.runWithSource(pg, Engine.POSTGRESQL, q, JobContext.silent(), s -> { });
            assertThat(fromCells.source()).as(q.toString()).isEqualTo(BinSource.ROLLUP);
            assertSameAsRaw(q, fromCells.grid());
        }
        assertThat(runner.run(pg, Engine.POSTGRESQL, queries.getFirst(), JobContext.silent()).stats().binnedEvents())
                .isEqualTo(642);
        assertThat(runner.run(pg, Engine.POSTGRESQL, queries.get(6), JobContext.silent()).stats().matchedEvents())
                .isEqualTo(pubg.stream().filter(r -> r.levelId().equals("ERANGEL")).count());
    }

    @Test
    void queriesTheRollupCannotAnswerBinTheEventsAndAreStillRight() throws Exception {
        buildAll();
        Instant from = TestWarehouse.PUBG_EPOCH.plusSeconds(20 * 3600);
        List<HeatmapQuery> queries = List.of(
                HeatmapQuery.of("ERANGEL", PUBG_WORLD).withBins(BinShape.SQUARE, 20000)
                        .withNormalization(Normalization.PER_PLAYER),
                HeatmapQuery.of("ERANGEL", PUBG_WORLD).withBins(BinShape.SQUARE, 8000).withTimeRange(from, null),
                HeatmapQuery.of("ERANGEL", PUBG_WORLD).withBins(BinShape.SQUARE, 8500),
                HeatmapQuery.of("test_level", SEED_WORLD).withBins(BinShape.SQUARE, 5),
                HeatmapQuery.of("test_level", SEED_WORLD).withViewport(new Viewport(400, 600, 520, 760)),
                HeatmapQuery.of("MIRAMAR", PUBG_WORLD).withBins(BinShape.HEX, 12000),
                HeatmapQuery.of("ERANGEL", PUBG_WORLD).withBins(BinShape.SQUARE, 16000).withReduce(Reduce.MAX)
                        .withFineCellSize(2000),
                HeatmapQuery.of("SANHOK", PUBG_WORLD)); // no roll-up for this level
        for (HeatmapQuery q : queries) {
            BinnedGrid server = runner.runWithSource(pg, Engine.POSTGRESQL, q, JobContext.silent(), s -> { });
            assertThat(server.source()).as(q.toString()).isEqualTo(BinSource.EVENTS);
            BinGrid duck = run(q);
            assertThat(server.grid().stats()).as(q.toString()).isEqualTo(duck.stats());
            assertThat(csv(server.grid())).as(q.toString()).isEqualTo(csv(duck));
        }
    }

    @Test
    void anyChangeToTheEventsMakesItStaleUntilRebuilt() throws Exception {
        buildAll();
        HeatmapQuery q = HeatmapQuery.of("test_level", SEED_WORLD);
        execute("INSERT INTO game_events (event_id, event_type, level_id, position_x, position_y)"
                + " VALUES ('extra-1', 'player_death', 'test_level', 500, 750)");
        assertThat(store.find(pg, "test_level").orElseThrow().stale()).isTrue();
        assertThat(store.find(pg, "ERANGEL").orElseThrow().stale()).isTrue();
        BinnedGrid afterInsert = runner.runWithSource(pg, Engine.POSTGRESQL, q, JobContext.silent(), s -> { });
        assertThat(afterInsert.source()).isEqualTo(BinSource.EVENTS);
        assertThat(afterInsert.grid().stats().binnedEvents()).isEqualTo(643);
        assertSameAsRaw(q, afterInsert.grid());

        store.build(pg, "test_level", SEED_WORLD.x0(), SEED_WORLD.y0(), SEED_UNIT, JobContext.silent());
        BinnedGrid rebuilt = runner.runWithSource(pg, Engine.POSTGRESQL, q, JobContext.silent(), s -> { });
        assertThat(rebuilt.source()).isEqualTo(BinSource.ROLLUP);
        assertThat(rebuilt.grid().stats().binnedEvents()).isEqualTo(643);
        assertSameAsRaw(q, rebuilt.grid());

        execute("DELETE FROM game_events WHERE event_id = 'extra-1'");
        BinnedGrid afterDelete = runner.runWithSource(pg, Engine.POSTGRESQL, q, JobContext.silent(), s -> { });
        assertThat(afterDelete.source()).isEqualTo(BinSource.EVENTS);
        assertThat(afterDelete.grid().stats().binnedEvents()).isEqualTo(642);
        execute("UPDATE game_events SET position_x = position_x WHERE false");
        assertThat(store.find(pg, "ERANGEL").orElseThrow().stale()).isTrue();
    }

    @Test
    void aCancelledBuildLeavesThePreviousRollup() throws Exception {
        CellRollupStore.BuildResult first = store.build(pg, "test_level", SEED_WORLD.x0(), SEED_WORLD.y0(),
                SEED_UNIT, JobContext.silent());
        assertThat(first.events()).isEqualTo(642);
        AtomicBoolean cancel = new AtomicBoolean();
        JobContext cancelWhileCounting = new JobContext() {
            @Override
            public void progress(long done, long total, String message) {
                if (done == 1) cancel.set(true);
            }

            @Override
            public boolean isCancelled() {
                return cancel.get();
            }
        };
        assertThatThrownBy(() -> store.build(pg, "test_level", SEED_WORLD.x0(), SEED_WORLD.y0(), 4,
                cancelWhileCounting)).isInstanceOf(JobCancelledException.class);
        CellRollup kept = store.find(pg, "test_level").orElseThrow();
        assertThat(kept.unit()).isEqualTo(SEED_UNIT);
        assertThat(kept.stale()).isFalse();
        assertThat(pg.getAutoCommit()).isTrue();
        try (Statement st = pg.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*), sum(events) FROM playlens_heat_cells"
                     + " WHERE level_id = 'test_level'")) {
            rs.next();
            assertThat(rs.getLong(1)).isEqualTo(first.cells());
            assertThat(rs.getLong(2)).isEqualTo(642);
        }
        assertThat(store.drop(pg, "test_level", JobContext.silent())).isTrue();
        assertThat(store.find(pg, "test_level")).isEmpty();
    }

    @Test
    void aRollupWhoseTriggerIsGoneOrDisabledIsNotTrusted(PostgresServer server) throws Exception {
        String url = server.newDatabase("heatmap_rollup_trigger");
        try (Connection c = DriverManager.getConnection(url, server.user(), server.password());
             Statement st = c.createStatement()) {
            TestWarehouse.createTable(c);
            TestWarehouse.insert(c, seed);
            store.build(c, "test_level", SEED_WORLD.x0(), SEED_WORLD.y0(), SEED_UNIT, JobContext.silent());
            HeatmapQuery q = HeatmapQuery.of("test_level", SEED_WORLD);
            assertThat(source(c, q)).isEqualTo(BinSource.ROLLUP);

            st.execute("ALTER TABLE game_events DISABLE TRIGGER playlens_heat_rollups_stale");
            assertThat(store.find(c, "test_level").orElseThrow().stale()).isTrue();
            assertThat(source(c, q)).isEqualTo(BinSource.EVENTS);
            store.build(c, "test_level", SEED_WORLD.x0(), SEED_WORLD.y0(), SEED_UNIT, JobContext.silent());
            assertThat(source(c, q)).isEqualTo(BinSource.ROLLUP);

            // a re-created game_events has no trigger: its roll-up row says current, but it cannot be trusted
            st.execute("DROP TABLE game_events");
            TestWarehouse.createTable(c);
            TestWarehouse.insert(c, seed.subList(0, 100));
            BinnedGrid recreated = runner.runWithSource(c, Engine.POSTGRESQL, q, JobContext.silent(), s -> { });
            assertThat(recreated.source()).isEqualTo(BinSource.EVENTS);
            assertThat(recreated.grid().stats().binnedEvents()).isEqualTo(100);
            store.build(c, "test_level", SEED_WORLD.x0(), SEED_WORLD.y0(), SEED_UNIT, JobContext.silent());
            BinnedGrid rebuilt = runner.runWithSource(c, Engine.POSTGRESQL, q, JobContext.silent(), s -> { });
            assertThat(rebuilt.source()).isEqualTo(BinSource.ROLLUP);
            assertThat(rebuilt.grid().stats()).isEqualTo(recreated.grid().stats());
            assertThat(csv(rebuilt.grid())).isEqualTo(csv(recreated.grid()));
        }
    }

    private BinSource source(Connection c, HeatmapQuery q) throws SQLException {
        return runner.runWithSource(c, Engine.POSTGRESQL, q, JobContext.silent(), s -> { }).source();
    }

    private void buildAll() throws SQLException {
        store.build(pg, "test_level", SEED_WORLD.x0(), SEED_WORLD.y0(), SEED_UNIT, JobContext.silent());
        for (String map : List.of("ERANGEL", "MIRAMAR")) {
            CellRollupStore.BuildResult r = store.build(pg, map, 0, 0, 1000, JobContext.silent());
            assertThat(r.events()).isEqualTo(pubg.stream().filter(e -> e.levelId().equals(map)).count());
        }
    }

    private void assertSameAsRaw(HeatmapQuery q, BinGrid fromCells) throws Exception {
        BinnedGrid raw = rawRunner.runWithSource(pg, Engine.POSTGRESQL, q, JobContext.silent(), s -> { });
        assertThat(raw.source()).isEqualTo(BinSource.EVENTS);
        assertThat(fromCells.stats()).as(q.toString()).isEqualTo(raw.grid().stats());
        assertThat(csv(fromCells)).as(q.toString()).isEqualTo(csv(raw.grid()));
        assertThat(fromCells.copyValues()).as(q.toString()).isEqualTo(raw.grid().copyValues());
    }

    private static void execute(String sql) throws SQLException {
        try (Statement st = pg.createStatement()) {
            st.execute(sql);
        }
    }
}
