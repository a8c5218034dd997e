package dev.playlens.heatmap;

import dev.playlens.core.job.JobContext;
import dev.playlens.core.level.Level;
import dev.playlens.core.sql.Engine;
import dev.playlens.heatmap.render.HeatStyle;
import dev.playlens.heatmap.render.HeatmapRenderer;
import dev.playlens.testsupport.RealData;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LevelHeatmapsTest extends DuckDbTestBase {
    private final LevelHeatmaps heatmaps = new LevelHeatmaps(runner, new HeatmapRenderer());
    private final Path levelsDir = RealData.file("aws-pipeline");

    @Test
    void rendersALevelOfTheLevelsFileOverItsImage() throws Exception {
        Level level = new Level("test_level", "Test level", "level_screenshot_512x512.png", 512, 512, SEED_WORLD);
        HeatmapQuery q = HeatmapQuery.of(level.id(), level.world()).withBins(BinShape.HEX, 8);
        LevelHeatmaps.Figure fig = heatmaps.render(connection, Engine.DUCKDB, level, levelsDir, q,
                HeatStyle.defaults(), JobContext.silent(), st -> { });

        assertThat(fig.grid().stats().binnedEvents()).isEqualTo(642);
        assertThat(fig.image().getWidth()).isEqualTo(512);
        assertThat(fig.image().getHeight()).isGreaterThan(512);
        assertThat(fig.argb()).hasSize(fig.image().getWidth() * fig.image().getHeight());
    }

    @Test
    void zoomRendersTheViewportAndAMissingImageIsNamed() throws Exception {
        Level level = new Level("test_level", "Test level", "level_screenshot_512x512.png", 512, 512, SEED_WORLD);
        HeatmapQuery zoom = HeatmapQuery.of(level.id(), level.world()).withBins(BinShape.SQUARE, 1)
                .withViewport(new Viewport(400, 600, 528, 664));
        LevelHeatmaps.Figure fig = heatmaps.render(connection, Engine.DUCKDB, level, levelsDir, zoom,
                HeatStyle.defaults().withLegend(false), JobContext.silent(), st -> { });
        assertThat(fig.image().getWidth()).isEqualTo(512); // 128 x 64 world units scaled to fit 512 x 512
        assertThat(fig.image().getHeight()).isEqualTo(256);
        // bins stay aligned at X0 = 247.245239: x_index 152 (x 399.2..400.2) to 280 (x 527.2..528.2)
        assertThat(fig.grid().layout().columns()).isEqualTo(129);

        Level broken = new Level("test_level", "Broken", "missing.png", 512, 512, SEED_WORLD);
        assertThatThrownBy(() -> heatmaps.render(connection, Engine.DUCKDB, broken, levelsDir, zoom,
                HeatStyle.defaults(), JobContext.silent(), st -> { })).hasMessageContaining("missing.png");
    }
}
