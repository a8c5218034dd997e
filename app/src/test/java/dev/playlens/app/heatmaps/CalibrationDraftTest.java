package dev.playlens.app.heatmaps;

import dev.playlens.core.level.Level;
import dev.playlens.core.level.WorldRect;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The calibration editor's fields: loaded from the calibration in force, checked, turned into a calibration. */
class CalibrationDraftTest {
    private static final LevelMap SEED = new LevelMap(new Level("test_level", "Seed", "levels/test_level.png", 512, 512,
            new WorldRect(247.245239, 492.971008, 759.245239, 1004.971008, false)), Path.of("x.png"), null);

    @Test
    void theRectangleFieldsStartFromTheLevelsFileAndSaveAsARectangle() {
        CalibrationDraft d = new CalibrationDraft();
        d.load(SEED);
        assertThat(d.x0.get()).isEqualTo("247.245239");
        assertThat(d.usePoints.get()).isFalse();
        d.flipY.set(true);
        SavedCalibration c = d.toCalibration();
        assertThat(c.usesPoints()).isFalse();
        assertThat(c.world()).isEqualTo(new WorldRect(247.245239, 492.971008, 759.245239, 1004.971008, true));
    }

    @Test
    void clickedPointsAdvanceAndMissingOrBadFieldsAreNamed() {
        CalibrationDraft d = new CalibrationDraft();
        d.load(SEED);
        d.usePoints.set(true);
        d.pick(10, 20);
        assertThat(d.selected.get()).isEqualTo(1);
        assertThatThrownBy(d::toCalibration).hasMessageContaining("point 1 world x");
        d.points.get(0).worldX.set("1");
        d.points.get(0).worldY.set("2");
        assertThatThrownBy(d::toCalibration).hasMessageContaining("point 2: click its place");
        d.pick(100, 20);
        d.pick(10, 200);
        d.points.get(1).worldX.set("91");
        d.points.get(1).worldY.set("2");
        d.points.get(2).worldX.set("1");
        d.points.get(2).worldY.set("x");
        assertThatThrownBy(d::toCalibration).hasMessageContaining("point 3 world y is not a number");
        d.points.get(2).worldY.set("182");
        SavedCalibration c = d.toCalibration();
        assertThat(c.points()).hasSize(3);
        assertThat(c.toImage(512, 512).imageX(46, 92)).isCloseTo(55, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(HeatmapActions.describe(c)).isEqualTo("Fit: residual 0.00 px rms, 0.00 px max");
    }

    @Test
    void collinearPointsAreRefusedWithAReason() {
        CalibrationDraft d = new CalibrationDraft();
        d.load(SEED);
        d.usePoints.set(true);
        for (int i = 0; i < 3; i++) {
            d.pick(i * 10, i * 10);
            d.points.get(i).worldX.set(String.valueOf(i));
            d.points.get(i).worldY.set(String.valueOf(i));
        }
        assertThatThrownBy(() -> HeatmapActions.describe(d.toCalibration())).hasMessageContaining("collinear");
    }
}
