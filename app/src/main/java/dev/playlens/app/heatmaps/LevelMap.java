package dev.playlens.app.heatmaps;

import dev.playlens.core.level.Level;
import dev.playlens.heatmap.calibration.Calibration;

import java.nio.file.Path;

/**
 * A level ready to draw: the level (its world is the binning rectangle), its image file (may be missing),
 * and the world → image mapping in force, which a saved calibration may override.
 *
 * @param calibration    the saved override, or null when the levels file's rectangle applies
 */
public record LevelMap(Level level, Path image, SavedCalibration calibration) {

    public String id() {
        return level.id();
    }

    public String name() {
        return level.name();
    }

    /** The mapping onto an image of the given size (the image's real size wins over the levels file's). */
    public Calibration toImage(int width, int height) {
        return calibration != null ? calibration.toImage(width, height) : Calibration.of(level.world(), width, height);
    }

    @Override
    public String toString() {
        return level.name();
    }
}
