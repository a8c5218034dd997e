package dev.playlens.heatmap;

import dev.playlens.heatmap.calibration.Calibration;
import dev.playlens.heatmap.render.ColorMap;
import dev.playlens.heatmap.render.ColorScale;
import dev.playlens.heatmap.render.HeatStyle;
import dev.playlens.heatmap.render.HeatmapRenderer;
import dev.playlens.heatmap.render.PixelWindow;
import dev.playlens.testsupport.RealData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The acceptance renders (docs/images/heatmap-*.png): the seed sample over its level screenshot and the PUBG
 * deaths over Erangel and Miramar. Written to a temporary folder, or to {@code -Dplaylens.renders.dir=DIR}
 * (e.g. {@code docs/images}) to refresh the committed images.
 */
class AcceptanceRendersTest extends DuckDbTestBase {
    private final HeatmapRenderer renderer = new HeatmapRenderer();

    @TempDir
    Path temp;

    private Path outputDir() {
        String dir = System.getProperty("playlens.renders.dir");
        return dir == null ? temp : Path.of(dir);
    }

    @Test
    void seedSampleOverItsLevelScreenshot() throws Exception {
        HeatmapQuery q = HeatmapQuery.of("test_level", SEED_WORLD).withBins(BinShape.SQUARE, 4).withSmoothing(1.5);
        BinGrid grid = run(q);
        BufferedImage base = HeatmapRenderer.readImage(RealData.file("aws-pipeline/level_screenshot_512x512.png"));
        Calibration cal = Calibration.of(SEED_WORLD, base.getWidth(), base.getHeight());
        BufferedImage fig = renderer.figure(grid, cal, base, PixelWindow.scaled(512, 512, 1.5),
                HeatStyle.defaults(), HeatmapCaption.lines("test_level (seed pipeline sample)", q, grid));
        Path out = outputDir().resolve("heatmap-seed-sample.png");
        HeatmapRenderer.writePng(fig, out);

        assertThat(Files.size(out)).isGreaterThan(10_000);
        assertThat(grid.stats().binnedEvents()).isEqualTo(642);
    }

    @Test
    void pubgErangel() throws Exception {
        renderPubg("ERANGEL", "Erangel", "Erangel_Main_Low_Res.png", "heatmap-pubg-erangel.png");
    }

    @Test
    void pubgMiramar() throws Exception {
        renderPubg("MIRAMAR", "Miramar", "Miramar_Main_Low_Res.png", "heatmap-pubg-miramar.png");
    }

    @Test
    void pubgErangelDifferenceBetweenOddAndEvenMatches() throws Exception {
        // the data has no versions: odd and even match numbers stand in for two version sets
        HeatmapQuery q = HeatmapQuery.of("ERANGEL", PUBG_WORLD).withBins(BinShape.HEX, 12000)
                .withNormalization(Normalization.PER_PLAYER).withSmoothing(1);
        List<String> a = List.of("odd");
        List<String> b = List.of("even");
        HeatmapDiff diff = new DiffRunner(runner).run(connection, dev.playlens.core.sql.Engine.DUCKDB, q, a, b,
                dev.playlens.core.job.JobContext.silent());
        BufferedImage base = HeatmapRenderer.readImage(RealData.file("pubg/Erangel_Main_Low_Res.png"));
        Calibration cal = Calibration.of(PUBG_WORLD, base.getWidth(), base.getHeight());
        BufferedImage fig = renderer.figure(diff.difference(), cal, base,
                PixelWindow.full(base.getWidth(), base.getHeight()), HeatStyle.defaults().withColorMap(ColorMap.RDBU),
                HeatmapCaption.diffLines("Erangel (PUBG, odd vs even matches)", q, a, b, diff));
        Path out = outputDir().resolve("heatmap-pubg-erangel-diff.png");
        HeatmapRenderer.writePng(fig, out);
        assertThat(diff.difference().maxAbs()).isPositive();
    }

    private void renderPubg(String level, String name, String image, String file) throws Exception {
        HeatmapQuery q = HeatmapQuery.of(level, PUBG_WORLD).withBins(BinShape.HEX, 8000);
        BinGrid grid = run(q);
        BufferedImage base = HeatmapRenderer.readImage(RealData.file("pubg/" + image));
        Calibration cal = Calibration.of(PUBG_WORLD, base.getWidth(), base.getHeight());
        HeatStyle style = HeatStyle.defaults().withColorMap(ColorMap.INFERNO).withScale(ColorScale.LOG);
        BufferedImage fig = renderer.figure(grid, cal, base, PixelWindow.full(base.getWidth(), base.getHeight()),
                style, HeatmapCaption.lines(name + " (PUBG, 100 matches from pubg.op.gg, March 2018)", q, grid));
        Path out = outputDir().resolve(file);
        HeatmapRenderer.writePng(fig, out);
        assertThat(grid.stats().binnedEvents()).isEqualTo(pubg.stream().filter(r -> r.levelId().equals(level)).count());
    }

}
