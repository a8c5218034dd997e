package dev.playlens.heatmap.calibration;

import dev.playlens.core.level.WorldRect;

/**
 * An affine world → image mapping: {@code imageX = a·x + b·y + c}, {@code imageY = d·x + e·y + f}
 * (image pixels, y down, (0, 0) = the top-left corner of the top-left pixel).
 */
public record Calibration(double a, double b, double c, double d, double e, double f) {
    public Calibration {
        if (!Double.isFinite(a + b + c + d + e + f)) {
            throw new IllegalArgumentException("calibration has a non-finite coefficient");
        }
        if (Math.abs(a * e - b * d) == 0) {
            throw new IllegalArgumentException("calibration is degenerate (maps the world onto a line)");
        }
    }

    /**
     * The mapping of a world rectangle onto a {@code width × height} image: (x0, y0) is the image's
     * top-left corner, or its bottom-left when {@code flipY}; (x1, y1) the opposite corner. Works for any
     * orientation (x1 < x0 mirrors the image horizontally).
     */
    public static Calibration of(WorldRect world, int width, int height) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("image size must be positive: " + width + "x" + height);
        }
        double sx = width / world.width();
        double sy = height / world.height();
        if (world.flipY()) {
            return new Calibration(sx, 0, -world.x0() * sx, 0, -sy, world.y1() * sy);
        }
        return new Calibration(sx, 0, -world.x0() * sx, 0, sy, -world.y0() * sy);
    }

    public double imageX(double worldX, double worldY) {
        return a * worldX + b * worldY + c;
    }

    public double imageY(double worldX, double worldY) {
        return d * worldX + e * worldY + f;
    }

    /** The image → world mapping, as a calibration whose "world" is the image. */
    public Calibration inverse() {
        double det = a * e - b * d;
        double ia = e / det;
        double ib = -b / det;
        double id = -d / det;
        double ie = a / det;
        return new Calibration(ia, ib, -(ia * c + ib * f), id, ie, -(id * c + ie * f));
    }

    /** World units per image pixel along the image's x axis (for bin sizes expressed in pixels). */
    public double worldUnitsPerPixel() {
        return 1 / Math.sqrt(Math.abs(a * e - b * d));
    }
}
