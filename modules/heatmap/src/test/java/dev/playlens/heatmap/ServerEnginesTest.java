package dev.playlens.heatmap;

import dev.playlens.core.job.JobContext;
import dev.playlens.core.level.WorldRect;
import dev.playlens.core.sql.Engine;
import dev.playlens.testsupport.PostgresServer;
import dev.playlens.testsupport.RedshiftViaPgBouncer;
import dev.playlens.testsupport.RealServers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same bin SQL on a real PostgreSQL server, and through the Amazon Redshift driver (pgbouncer in front of
 * PostgreSQL): counts against a plain Java count, and every variant against DuckDB's answer.
 */
@ExtendWith(RealServers.class)
class ServerEnginesTest extends DuckDbTestBase {
    private static final WorldRect ERANGEL = new WorldRect(0, 0, 816000, 816000, false);

    @Test
    void postgresBinsMatchAPlainCountAndDuckDb(PostgresServer pg) throws Exception {
        String url = pg.newDatabase("heatmap_bins");
        try (Connection c = DriverManager.getConnection(url, pg.user(), pg.password())) {
            assertThat(Engine.of(c)).isEqualTo(Engine.POSTGRESQL);
            loadInto(c);
            checkAgainstPlainCountsAndDuckDb(c, Engine.POSTGRESQL);
        }
    }

    @Test
    void redshiftDriverBinsMatchAPlainCountAndDuckDb(RedshiftViaPgBouncer redshift) throws Exception {
        String url = redshift.newDatabase("heatmap_bins_rs");
        try (Connection c = DriverManager.getConnection(url, redshift.user(), redshift.password())) {
            assertThat(Engine.of(c)).isEqualTo(Engine.REDSHIFT);
            loadInto(c);
            checkAgainstPlainCountsAndDuckDb(c, Engine.REDSHIFT);
            assertThat(c.getAutoCommit()).isTrue(); // the streaming transaction was given back
        }
    }

    private static void loadInto(Connection c) throws Exception {
        TestWarehouse.createTable(c);
        TestWarehouse.insert(c, seed);
        TestWarehouse.insert(c, pubg);
    }

    private void checkAgainstPlainCountsAndDuckDb(Connection c, Engine engine) throws Exception {
        Instant from = TestWarehouse.PUBG_EPOCH.plusSeconds(20 * 3600);
        HeatmapQuery square = HeatmapQuery.of("ERANGEL", ERANGEL).withBins(BinShape.SQUARE, 8000)
                .withAppVersions(List.of("even")).withTimeRange(from, null);
        BinGrid grid = runner.run(c, engine, square, JobContext.silent());
        Predicate<EventRow> keep = r -> r.levelId().equals("ERANGEL") && r.appVersion().equals("even")
                && !r.timestamp().isBefore(from);
        long matching = IndependentCounts.filter(pubg, keep).size();
        assertThat(grid.stats().binnedEvents()).isEqualTo(matching);
        assertThat(grid.total()).isEqualTo((double) matching);
        assertThat(csv(grid)).isEqualTo(IndependentCounts.squareCsv(IndependentCounts.squareCounts(pubg, keep,
                0, 0, 8000, Viewport.of(ERANGEL))));

        List<HeatmapQuery> variants = new ArrayList<>();
        variants.add(HeatmapQuery.of("MIRAMAR", ERANGEL).withBins(BinShape.HEX, 12000));
        variants.add(HeatmapQuery.of("MIRAMAR", ERANGEL).withBins(BinShape.HEX, 16000).withReduce(Reduce.MAX)
                .withFineCellSize(2000));
        variants.add(HeatmapQuery.of("ERANGEL", ERANGEL).withBins(BinShape.SQUARE, 20000)
                .withNormalization(Normalization.PER_PLAYER).withAppVersions(List.of("odd")));
        variants.add(HeatmapQuery.of("ERANGEL", ERANGEL).withBins(BinShape.SQUARE, 20000)
                .withNormalization(Normalization.PER_SESSION));
        variants.add(HeatmapQuery.of("test_level", SEED_WORLD).withBins(BinShape.SQUARE, 4)
                .withViewport(new Viewport(400, 600, 520, 760)).withSmoothing(1));
        for (HeatmapQuery q : variants) {
            BinGrid server = runner.run(c, engine, q, JobContext.silent());
            BinGrid duck = run(q);
            assertThat(server.stats()).as(q.toString()).isEqualTo(duck.stats());
            assertThat(csv(server)).as(q.toString()).isEqualTo(csv(duck));
        }
    }
}
