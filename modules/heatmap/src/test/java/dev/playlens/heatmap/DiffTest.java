package dev.playlens.heatmap;

import dev.playlens.core.job.JobContext;
import dev.playlens.core.sql.Engine;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class DiffTest extends DuckDbTestBase {
    private final DiffRunner diffs = new DiffRunner(runner);

    @Test
    void identicalVersionSetsDifferByNothing() throws Exception {
        HeatmapQuery q = HeatmapQuery.of("ERANGEL", PUBG_WORLD).withBins(BinShape.HEX, 16000).withSmoothing(1.5);
        HeatmapDiff d = diffs.run(connection, Engine.DUCKDB, q, List.of("odd"), List.of("odd"), JobContext.silent());

        assertThat(d.a().total()).isGreaterThan(100);
        assertThat(d.difference().isDifference()).isTrue();
        assertThat(d.difference().maxAbs()).isZero();
        assertThat(d.difference().nonZeroCount()).isZero();
    }

    @Test
    void rawDifferenceIsBMinusAPerBin() throws Exception {
        HeatmapQuery q = HeatmapQuery.of("ERANGEL", PUBG_WORLD).withBins(BinShape.SQUARE, 16000);
        HeatmapDiff d = diffs.run(connection, Engine.DUCKDB, q, List.of("odd"), List.of("even"), JobContext.silent());

        long odd = pubg.stream().filter(r -> r.levelId().equals("ERANGEL") && r.appVersion().equals("odd")).count();
        long even = pubg.stream().filter(r -> r.levelId().equals("ERANGEL") && r.appVersion().equals("even")).count();
        assertThat(d.a().stats().binnedEvents()).isEqualTo(odd);
        assertThat(d.b().stats().binnedEvents()).isEqualTo(even);
        assertThat(d.difference().total()).isCloseTo(even - odd, within(1e-9));
        for (int cell = 0; cell < d.difference().cellCount(); cell++) {
            assertThat(d.difference().value(cell)).isEqualTo(d.b().value(cell) - d.a().value(cell));
        }
        assertThat(d.difference().maxAbs()).isPositive();
        assertThat(d.difference().unit()).isEqualTo("change in deaths per bin (B − A)");
    }

    @Test
    void perPlayerDifferenceComparesSharesOfEachSetsOwnPlayers() throws Exception {
        double size = 32000;
        HeatmapQuery q = HeatmapQuery.of("MIRAMAR", PUBG_WORLD).withBins(BinShape.SQUARE, size)
                .withNormalization(Normalization.PER_PLAYER);
        HeatmapDiff d = diffs.run(connection, Engine.DUCKDB, q, List.of("odd"), List.of("even"), JobContext.silent());

        Map<List<Long>, Set<String>> a = perBin("odd", size);
        Map<List<Long>, Set<String>> b = perBin("even", size);
        int playersA = players("odd"), playersB = players("even");
        Set<List<Long>> bins = new HashSet<>(a.keySet());
        bins.addAll(b.keySet());
        SquareLayout layout = (SquareLayout) d.difference().layout();
        for (List<Long> bin : bins) {
            double expected = 100.0 * b.getOrDefault(bin, Set.of()).size() / playersB
                    - 100.0 * a.getOrDefault(bin, Set.of()).size() / playersA;
            int cell = layout.cellOfKey(bin.get(1), bin.get(0));
            assertThat(d.difference().value(cell)).isCloseTo(expected, within(1e-9));
        }
        // both sides are shares of 100% here, so the differences cancel out overall
        assertThat(d.difference().total()).isCloseTo(0, within(1e-9));
    }

    private Map<List<Long>, Set<String>> perBin(String version, double size) {
        return IndependentCounts.distinctPerSquare(pubg, r -> r.levelId().equals("MIRAMAR")
                && r.appVersion().equals(version), EventRow::clientId, 0, 0, size, Viewport.of(PUBG_WORLD));
    }

    private int players(String version) {
        Set<String> p = new HashSet<>();
        pubg.stream().filter(r -> r.levelId().equals("MIRAMAR") && r.appVersion().equals(version))
                .forEach(r -> p.add(r.clientId()));
        return p.size();
    }
}
