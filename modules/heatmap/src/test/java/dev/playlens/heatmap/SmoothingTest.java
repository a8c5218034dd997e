package dev.playlens.heatmap;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Smoothing on the grid: mass preserved, centred, and as wide as asked on square and hex grids alike. */
class SmoothingTest {
    private static final BinStats NO_STATS = new BinStats(0, 0, 0, 0, 0, 0);

    @Test
    void smoothingPreservesTheTotalEvenAtTheEdges() {
        for (BinLayout layout : new BinLayout[]{
                SquareLayout.covering(new Viewport(0, 0, 500, 300), 0, 0, 5),
                HexLayout.covering(new Viewport(0, 0, 500, 300), 0, 0, 5)}) {
            double[] v = new double[layout.cellCount()];
            Random random = new Random(42);
            for (int i = 0; i < 2000; i++) v[random.nextInt(v.length)] += 1 + random.nextInt(5);
            v[0] += 50; // a corner bin: most of its kernel falls outside the grid
            BinGrid grid = new BinGrid(layout, v, NO_STATS, "deaths per bin", 0, false);
            for (double sigma : new double[]{0.7, 2, 6}) {
                BinGrid s = grid.smoothed(sigma);
                assertThat(Math.abs(s.total() - grid.total()) / grid.total()).as("%s sigma %s", layout.shape(), sigma)
                        .isLessThan(1e-6);
                assertThat(s.max()).isLessThan(grid.max());
                assertThat(s.smoothingSigma()).isEqualTo(sigma);
            }
        }
    }

    @Test
    void aSingleSpikeSpreadsSymmetricallyWithTheRequestedSigma() {
        double sigma = 3;
        double size = 10;
        for (BinLayout layout : new BinLayout[]{
                SquareLayout.covering(new Viewport(0, 0, 1000, 1000), 0, 0, size),
                HexLayout.covering(new Viewport(0, 0, 1000, 1000), 0, 0, size)}) {
            double[] v = new double[layout.cellCount()];
            int centre = layout.cellAt(500, 500);
            v[centre] = 1000;
            BinGrid s = new BinGrid(layout, v, NO_STATS, "x", 0, false).smoothed(sigma);
            double cx = layout.centerX(centre), cy = layout.centerY(centre);
            double m = 0, mx = 0, my = 0, vxx = 0, vyy = 0, vxy = 0;
            for (int cell = 0; cell < s.cellCount(); cell++) {
                double w = s.value(cell);
                double dx = layout.centerX(cell) - cx, dy = layout.centerY(cell) - cy;
                m += w;
                mx += w * dx;
                my += w * dy;
                vxx += w * dx * dx;
                vyy += w * dy * dy;
                vxy += w * dx * dy;
            }
            String what = layout.shape().name();
            assertThat(mx / m).as(what + " centre x").isCloseTo(0, within(1e-6));
            assertThat(my / m).as(what + " centre y").isCloseTo(0, within(1e-6));
            // isotropic with sd = sigma bins = 30 world units, on both grids
            assertThat(Math.sqrt(vxx / m)).as(what + " sd x").isCloseTo(sigma * size, within(0.03 * sigma * size));
            assertThat(Math.sqrt(vyy / m)).as(what + " sd y").isCloseTo(sigma * size, within(0.03 * sigma * size));
            assertThat(vxy / m).as(what + " covariance").isCloseTo(0, within(1e-6 * sigma * size));
        }
    }

    @Test
    void zeroSigmaLeavesTheGridAlone() {
        BinLayout layout = SquareLayout.covering(new Viewport(0, 0, 10, 10), 0, 0, 1);
        BinGrid grid = new BinGrid(layout, new double[layout.cellCount()], NO_STATS, "x", 0, false);
        assertThat(grid.smoothed(0)).isSameAs(grid);
    }
}
