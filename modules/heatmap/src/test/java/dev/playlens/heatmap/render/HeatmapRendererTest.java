package dev.playlens.heatmap.render;

import dev.playlens.core.level.WorldRect;
import dev.playlens.heatmap.BinGrid;
import dev.playlens.heatmap.BinLayout;
import dev.playlens.heatmap.BinStats;
import dev.playlens.heatmap.HexLayout;
import dev.playlens.heatmap.SquareLayout;
import dev.playlens.heatmap.Viewport;
import dev.playlens.heatmap.calibration.Calibration;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class HeatmapRendererTest {
    private static final BinStats STATS = new BinStats(0, 0, 0, 0, 0, 0);
    private final HeatmapRenderer renderer = new HeatmapRenderer();
    private final HeatStyle style = HeatStyle.defaults();

    private static BinGrid grid(BinLayout layout, double[] values, boolean difference) {
        return new BinGrid(layout, values, STATS, "deaths per bin", 0, difference);
    }

    @Test
    void aSquareBinLandsWhereTheCalibrationPutsItWithAndWithoutFlip() {
        WorldRect up = new WorldRect(0, 0, 100, 100, true);
        SquareLayout layout = SquareLayout.covering(Viewport.of(up), 0, 0, 10);
        double[] v = new double[layout.cellCount()];
        v[layout.cellOfKey(2, 7)] = 5; // world x 20..30, y 70..80
        BinGrid g = grid(layout, v, false);

        int[] flipped = renderer.overlay(g, Calibration.of(up, 100, 100), PixelWindow.full(100, 100), style);
        // world y grows upward: y 70..80 is image rows 20..30
        assertThat(alpha(flipped[25 * 100 + 25])).isGreaterThan(200);
        assertThat(flipped[75 * 100 + 25]).isZero();
        assertThat(flipped[25 * 100 + 15]).isZero();

        int[] plain = renderer.overlay(g, Calibration.of(new WorldRect(0, 0, 100, 100, false), 100, 100),
                PixelWindow.full(100, 100), style);
        assertThat(alpha(plain[75 * 100 + 25])).isGreaterThan(200);
        assertThat(plain[25 * 100 + 25]).isZero();
        // the only bin is the max: it gets the top of the colour map
        assertThat(plain[75 * 100 + 25] & 0xffffff).isEqualTo(ColorMap.INFERNO.lut()[255]);
        long coloured = java.util.Arrays.stream(plain).filter(p -> p != 0).count();
        assertThat(coloured).isEqualTo(100); // 10 x 10 pixels, nothing else
    }

    @Test
    void aHexBinIsDrawnAsAHexagonAroundItsCentre() {
        WorldRect world = new WorldRect(0, 0, 200, 200, false);
        HexLayout layout = HexLayout.covering(Viewport.of(world), 0, 0, 40);
        int cell = layout.cellAt(100, 100);
        double[] v = new double[layout.cellCount()];
        v[cell] = 3;
        int[] px = renderer.overlay(grid(layout, v, false), Calibration.of(world, 200, 200),
                PixelWindow.full(200, 200), style);
        double cx = layout.centerX(cell), cy = layout.centerY(cell);
        double apothem = 20, radius = layout.radius();
        for (int k = 0; k < 12; k++) {
            double angle = Math.PI / 6 * k;
            // inside the inscribed circle: coloured; outside the circumscribed one: not
            assertThat(alpha(at(px, 200, cx + 0.85 * apothem * Math.cos(angle), cy + 0.85 * apothem * Math.sin(angle))))
                    .isGreaterThan(0);
            assertThat(at(px, 200, cx + 1.15 * radius * Math.cos(angle), cy + 1.15 * radius * Math.sin(angle)))
                    .isZero();
        }
    }

    @Test
    void zeroBinsAreTransparentAndCoolBinsFainterThanHotOnes() {
        SquareLayout layout = SquareLayout.covering(new Viewport(0, 0, 40, 10), 0, 0, 10);
        double[] v = {0, 1, 4, 20};
        int[] px = renderer.overlay(grid(layout, v, false), Calibration.of(new WorldRect(0, 0, 40, 10, false), 40, 10),
                PixelWindow.full(40, 10), style);
        assertThat(px[5 * 40 + 5]).isZero();
        assertThat(alpha(px[5 * 40 + 15])).isPositive().isLessThan(alpha(px[5 * 40 + 25]));
        assertThat(alpha(px[5 * 40 + 25])).isLessThan(alpha(px[5 * 40 + 35]));
    }

    @Test
    void differencesUseADivergingMapSymmetricAroundZero() {
        SquareLayout layout = SquareLayout.covering(new Viewport(0, 0, 30, 10), 0, 0, 10);
        BinGrid diff = grid(layout, new double[]{-4, 0, 2}, true);
        ValueScale scale = ValueScale.of(diff, style);
        assertThat(scale.min()).isEqualTo(-4);
        assertThat(scale.max()).isEqualTo(4);
        assertThat(scale.position(0)).isEqualTo(0.5);
        int[] px = renderer.overlay(diff, Calibration.of(new WorldRect(0, 0, 30, 10, false), 30, 10),
                PixelWindow.full(30, 10), style);
        assertThat(px[5 * 30 + 5] & 0xff).isGreaterThan((px[5 * 30 + 5] >> 16) & 0xff); // negative: blue
        assertThat(px[5 * 30 + 15]).isZero();
        assertThat((px[5 * 30 + 25] >> 16) & 0xff).isGreaterThan(px[5 * 30 + 25] & 0xff); // positive: red
        assertThat(scale.ticks()).extracting(ValueScale.Tick::label).contains("0", "+4", "-4");
    }

    @Test
    void logScaleTicksAreDecadesAndLinearTicksAreRoundNumbers() {
        SquareLayout layout = SquareLayout.covering(new Viewport(0, 0, 30, 10), 0, 0, 10);
        BinGrid g = grid(layout, new double[]{1, 30, 183}, false);
        ValueScale log = ValueScale.of(g, style.withScale(ColorScale.LOG));
        assertThat(log.ticks()).extracting(ValueScale.Tick::label)
                .containsExactly("1", "2", "5", "10", "20", "50", "100");
        assertThat(log.position(1)).isZero();
        assertThat(log.position(183)).isEqualTo(1);
        ValueScale linear = ValueScale.of(g, style);
        assertThat(linear.ticks()).extracting(ValueScale.Tick::label).containsExactly("0", "50", "100", "150");
    }

    @Test
    void figureAddsTitleAndLegendAroundTheMap() {
        SquareLayout layout = SquareLayout.covering(new Viewport(0, 0, 512, 512), 0, 0, 8);
        double[] v = new double[layout.cellCount()];
        v[100] = 7;
        BufferedImage base = new BufferedImage(512, 512, BufferedImage.TYPE_INT_RGB);
        Calibration cal = Calibration.of(new WorldRect(0, 0, 512, 512, false), 512, 512);
        BufferedImage fig = renderer.figure(grid(layout, v, false), cal, base, PixelWindow.full(512, 512), style,
                List.of("test_level — player_death", "7 deaths"));
        assertThat(fig.getWidth()).isEqualTo(512);
        assertThat(fig.getHeight()).isGreaterThan(512 + 60);
        BufferedImage noLegend = renderer.figure(grid(layout, v, false), cal, base, PixelWindow.full(512, 512),
                style.withLegend(false), List.of("x"));
        assertThat(noLegend.getHeight()).isEqualTo(512);
    }

    @Test
    void aMillionBinsRenderQuickly() {
        SquareLayout layout = SquareLayout.covering(new Viewport(0, 0, 1000, 1000), 0, 0, 1);
        assertThat(layout.cellCount()).isEqualTo(1_000_000);
        double[] v = new double[layout.cellCount()];
        Random random = new Random(1);
        for (int i = 0; i < v.length; i++) v[i] = random.nextInt(50);
        BinGrid g = grid(layout, v, false);
        Calibration cal = Calibration.of(new WorldRect(0, 0, 1000, 1000, false), 1024, 1024);
        renderer.overlay(g, cal, PixelWindow.full(1024, 1024), style); // warm-up
        long start = System.nanoTime();
        int[] px = renderer.overlay(g, cal, PixelWindow.full(1024, 1024), style);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(px).hasSize(1024 * 1024);
        assertThat(millis).as("overlay of 1M bins took %d ms", millis).isLessThan(1500);
    }

    private static int at(int[] px, int width, double x, double y) {
        return px[(int) Math.floor(y) * width + (int) Math.floor(x)];
    }

    private static int alpha(int argb) {
        return argb >>> 24;
    }
}
