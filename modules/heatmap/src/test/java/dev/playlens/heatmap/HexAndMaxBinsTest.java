package dev.playlens.heatmap;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

class HexAndMaxBinsTest extends DuckDbTestBase {

    @Test
    void everyEventLandsInTheHexagonWithTheNearestCentre() throws Exception {
        HeatmapQuery q = HeatmapQuery.of("MIRAMAR", PUBG_WORLD).withBins(BinShape.HEX, 12000);
        BinGrid grid = run(q);

        Predicate<EventRow> keep = r -> r.levelId().equals("MIRAMAR");
        List<EventRow> deaths = IndependentCounts.filter(pubg, keep);
        assertThat(grid.stats().binnedEvents()).isEqualTo(deaths.size());
        assertThat(grid.total()).isEqualTo((double) deaths.size());
        assertThat(countsByCentre(grid)).isEqualTo(bruteForce(deaths, 0, 0, 12000, 1));
    }

    @Test
    void hexBinsOfTheSeedSampleAddUpWithAVersionFilter() throws Exception {
        HeatmapQuery q = HeatmapQuery.of("test_level", SEED_WORLD).withBins(BinShape.HEX, 9)
                .withAppVersions(List.of("1.0.0", "2.0.0"));
        BinGrid grid = run(q);

        assertThat(grid.stats().binnedEvents()).isEqualTo(642);
        assertThat(countsByCentre(grid)).isEqualTo(bruteForce(seed, SEED_WORLD.x0(), SEED_WORLD.y0(), 9, 1));
        assertThat(csv(grid)).startsWith("center_x,center_y,value\n");
        assertThat(run(q.withAppVersions(List.of("2.0.0"))).total()).isZero();
    }

    @Test
    void maxIsTheBusiestFineCellInsideEachSquare() throws Exception {
        double size = 40000;
        double fine = 5000;
        HeatmapQuery q = HeatmapQuery.of("ERANGEL", PUBG_WORLD).withBins(BinShape.SQUARE, size)
                .withReduce(Reduce.MAX).withFineCellSize(fine);
        BinGrid grid = run(q);
        BinGrid sum = run(q.withReduce(Reduce.SUM));

        Map<String, Long> fineCounts = new HashMap<>();
        Map<String, Long> expected = new HashMap<>();
        for (EventRow r : IndependentCounts.filter(pubg, r -> r.levelId().equals("ERANGEL"))) {
            String bin = (long) Math.floor(r.x() / size) + "," + (long) Math.floor(r.y() / size);
            String cell = bin + "|" + (long) Math.floor(r.x() / fine) + "," + (long) Math.floor(r.y() / fine);
            long n = fineCounts.merge(cell, 1L, Long::sum);
            expected.merge(bin, n, Math::max);
        }
        Map<String, Long> actual = new HashMap<>();
        SquareLayout layout = (SquareLayout) grid.layout();
        for (int cell = 0; cell < grid.cellCount(); cell++) {
            if (grid.value(cell) != 0) {
                actual.put(layout.xIndexOfCell(cell) + "," + layout.yIndexOfCell(cell), (long) grid.value(cell));
            }
        }
        assertThat(actual).isEqualTo(expected);
        // MAX still accounts for every event, and never exceeds the bin's sum
        assertThat(grid.stats().binnedEvents()).isEqualTo(sum.stats().binnedEvents());
        for (int cell = 0; cell < grid.cellCount(); cell++) {
            assertThat(grid.value(cell)).isLessThanOrEqualTo(sum.value(cell));
        }
        assertThat(grid.total()).isLessThan(sum.total());
        assertThat(grid.unit()).isEqualTo("deaths per bin, busiest 5000-unit cell");
    }

    @Test
    void hexMaxUsesTheSameHexagonsAsHexSum() throws Exception {
        double fine = 2000;
        HeatmapQuery q = HeatmapQuery.of("MIRAMAR", PUBG_WORLD).withBins(BinShape.HEX, 16000)
                .withReduce(Reduce.MAX).withFineCellSize(fine);
        BinGrid grid = run(q);

        Map<String, Long> fineCounts = new HashMap<>();
        Map<String, Long> expected = new HashMap<>();
        for (EventRow r : IndependentCounts.filter(pubg, r -> r.levelId().equals("MIRAMAR"))) {
            double[] c = IndependentCounts.nearestHexCentre(r.x(), r.y(), 0, 0, 16000);
            String hex = key(c[0], c[1]);
            String cell = hex + "|" + Math.floor(r.x() / fine) + "," + Math.floor(r.y() / fine);
            long n = fineCounts.merge(cell, 1L, Long::sum);
            expected.merge(hex, n, Math::max);
        }
        assertThat(countsByCentre(grid)).isEqualTo(expected);
    }

    static Map<String, Long> countsByCentre(BinGrid grid) {
        Map<String, Long> m = new HashMap<>();
        for (int cell = 0; cell < grid.cellCount(); cell++) {
            if (grid.value(cell) != 0) {
                m.put(key(grid.layout().centerX(cell), grid.layout().centerY(cell)), (long) grid.value(cell));
            }
        }
        return m;
    }

    static Map<String, Long> bruteForce(List<EventRow> rows, double x0, double y0, double size, long weight) {
        Map<String, Long> m = new HashMap<>();
        for (EventRow r : rows) {
            double[] c = IndependentCounts.nearestHexCentre(r.x(), r.y(), x0, y0, size);
            m.merge(key(c[0], c[1]), weight, Long::sum);
        }
        return m;
    }

    static String key(double x, double y) {
        return String.format(java.util.Locale.ROOT, "%.4f,%.4f", x, y);
    }
}
