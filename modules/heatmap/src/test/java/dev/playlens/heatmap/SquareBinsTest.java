package dev.playlens.heatmap;

import dev.playlens.core.level.WorldRect;
import dev.playlens.core.sql.Engine;
import dev.playlens.heatmap.sql.BinDialect;
import dev.playlens.heatmap.sql.BinSqlBuilder;
import dev.playlens.heatmap.sql.BoundSql;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

class SquareBinsTest extends DuckDbTestBase {

    @Test
    void seedSampleBinsAddUpAndMatchAPlainCount() throws Exception {
        HeatmapQuery q = HeatmapQuery.of("test_level", SEED_WORLD).withBins(BinShape.SQUARE, 8);
        BinGrid grid = run(q);

        assertThat(seed).hasSize(642);
        assertThat(grid.stats().binnedEvents()).isEqualTo(642);
        assertThat(grid.stats().matchedEvents()).isEqualTo(642);
        assertThat(grid.total()).isEqualTo(642.0);
        Predicate<EventRow> keep = r -> r.levelId().equals("test_level");
        String expected = IndependentCounts.squareCsv(IndependentCounts.squareCounts(seed, keep,
                SEED_WORLD.x0(), SEED_WORLD.y0(), 8, Viewport.of(SEED_WORLD)));
        assertThat(csv(grid)).isEqualTo(expected);
        assertThat(grid.unit()).isEqualTo("deaths per bin");
    }

    @Test
    void versionAndTimeFiltersSelectExactlyTheMatchingEvents() throws Exception {
        Instant from = TestWarehouse.PUBG_EPOCH.plusSeconds(10 * 3600);
        Instant to = TestWarehouse.PUBG_EPOCH.plusSeconds(31 * 3600);
        HeatmapQuery q = HeatmapQuery.of("ERANGEL", PUBG_WORLD).withBins(BinShape.SQUARE, 8000)
                .withAppVersions(List.of("odd")).withTimeRange(from, to);
        BinGrid grid = run(q);

        Predicate<EventRow> keep = r -> r.levelId().equals("ERANGEL") && r.appVersion().equals("odd")
                && !r.timestamp().isBefore(from) && r.timestamp().isBefore(to);
        long matching = IndependentCounts.filter(pubg, keep).size();
        assertThat(matching).isBetween(100L, 2000L);
        assertThat(grid.stats().binnedEvents()).isEqualTo(matching);
        assertThat(grid.total()).isEqualTo((double) matching);
        assertThat(csv(grid)).isEqualTo(IndependentCounts.squareCsv(IndependentCounts.squareCounts(pubg, keep,
                0, 0, 8000, Viewport.of(PUBG_WORLD))));
    }

    @Test
    void worldGivenFromTheOtherCornersKeepsTheContractFormula() throws Exception {
        // X1 < X0 and flipY: indices are floor((x - X0) / SIZE) with X0 = the right edge, so they are negative
        WorldRect mirrored = new WorldRect(SEED_WORLD.x1(), SEED_WORLD.y1(), SEED_WORLD.x0(), SEED_WORLD.y0(), true);
        HeatmapQuery q = HeatmapQuery.of("test_level", mirrored).withBins(BinShape.SQUARE, 10);
        BinGrid grid = run(q);

        assertThat(grid.stats().binnedEvents()).isEqualTo(642);
        String expected = IndependentCounts.squareCsv(IndependentCounts.squareCounts(seed,
                r -> true, mirrored.x0(), mirrored.y0(), 10, Viewport.of(SEED_WORLD)));
        assertThat(csv(grid)).isEqualTo(expected);
        assertThat(csv(grid).lines().skip(1)).allMatch(line -> line.startsWith("-"));
    }

    @Test
    void zoomBinsOnlyTheViewportAndCountsTheRestAsOutside() throws Exception {
        Viewport zoom = new Viewport(400, 600, 520, 760);
        HeatmapQuery q = HeatmapQuery.of("test_level", SEED_WORLD).withBins(BinShape.SQUARE, 2).withViewport(zoom);
        BinGrid grid = run(q);

        long inside = seed.stream().filter(r -> zoom.contains(r.x(), r.y())).count();
        assertThat(inside).isBetween(50L, 600L);
        assertThat(grid.stats().binnedEvents()).isEqualTo(inside);
        assertThat(grid.stats().outsideViewport()).isEqualTo(642 - inside);
        assertThat(grid.layout().columns()).isEqualTo(61); // 120 units from x_index 76 to 136 inclusive
        assertThat(csv(grid)).isEqualTo(IndependentCounts.squareCsv(IndependentCounts.squareCounts(seed,
                r -> true, SEED_WORLD.x0(), SEED_WORLD.y0(), 2, zoom)));
    }

    @Test
    void valuesTravelAsParametersNotAsSqlText() throws Exception {
        HeatmapQuery q = HeatmapQuery.of("test_level' OR '1'='1", SEED_WORLD).withBins(BinShape.SQUARE, 8)
                .withAppVersions(List.of("1.0.0"));
        BoundSql sql = new BinSqlBuilder(BinDialect.DUCKDB).bins(q, BinLayout.of(q));
        assertThat(sql.sql()).doesNotContain("test_level").doesNotContain("1.0.0").doesNotContain("247.245239");
        assertThat(sql.parameters()).contains("test_level' OR '1'='1", "player_death", "1.0.0", 8.0);

        BinGrid grid = runner.run(connection, Engine.DUCKDB, q, dev.playlens.core.job.JobContext.silent());
        assertThat(grid.stats().matchedEvents()).isZero();
    }

    @Test
    void aLevelWithoutEventsGivesAnEmptyGridNotAnError() throws Exception {
        BinGrid grid = run(HeatmapQuery.of("no_such_level", SEED_WORLD));
        assertThat(grid.total()).isZero();
        assertThat(grid.nonZeroCount()).isZero();
        assertThat(csv(grid)).isEqualTo("x_index,y_index,value\n");
    }
}
