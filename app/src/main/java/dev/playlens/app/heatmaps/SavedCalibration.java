package dev.playlens.app.heatmaps;

import dev.playlens.core.level.WorldRect;
import dev.playlens.heatmap.calibration.Calibration;
import dev.playlens.heatmap.calibration.CalibrationFit;
import dev.playlens.heatmap.calibration.ReferencePoint;

import java.util.List;

/**
 * A level's calibration as the designer saved it: either the world rectangle covering the image, or at least
 * three reference points (image pixel ↔ world position) that a least-squares affine fit turns into a mapping.
 * Exactly one of {@code world} and {@code points} is set.
 */
public record SavedCalibration(WorldRect world, List<ReferencePoint> points) {
    public SavedCalibration {
        if ((world == null) == (points == null)) {
            throw new IllegalArgumentException("a calibration is either a world rectangle or reference points");
        }
        if (points != null) points = List.copyOf(points);
    }

    public static SavedCalibration rectangle(WorldRect world) {
        return new SavedCalibration(world, null);
    }

    public static SavedCalibration referencePoints(List<ReferencePoint> points) {
        return new SavedCalibration(null, points);
    }

    public boolean usesPoints() {
        return points != null;
    }

    /** The world → image mapping for an image of the given size. */
    public Calibration toImage(int width, int height) {
        return usesPoints() ? CalibrationFit.fit(points).calibration() : Calibration.of(world, width, height);
    }

    /**
     * The world rectangle bins are aligned to and clipped by: the rectangle itself, or the world bounding box of
     * the image's corners under the fitted mapping.
     */
    public WorldRect binningWorld(int width, int height) {
        if (!usesPoints()) return world;
        Calibration toWorld = CalibrationFit.fit(points).calibration().inverse();
        double minX = Double.POSITIVE_INFINITY, minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY, maxY = Double.NEGATIVE_INFINITY;
        for (int[] corner : new int[][]{{0, 0}, {width, 0}, {0, height}, {width, height}}) {
            double x = toWorld.imageX(corner[0], corner[1]);
            double y = toWorld.imageY(corner[0], corner[1]);
            minX = Math.min(minX, x);
            maxX = Math.max(maxX, x);
            minY = Math.min(minY, y);
            maxY = Math.max(maxY, y);
        }
        return new WorldRect(minX, minY, maxX, maxY, false);
    }
}
