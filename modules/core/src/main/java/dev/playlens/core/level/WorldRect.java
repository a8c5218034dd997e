package dev.playlens.core.level;

/**
 * The world rectangle that covers a whole level image. {@code (x0, y0)} maps to the image's top-left
 * corner, or to its bottom-left when {@code flipY} (world y grows upward).
 */
public record WorldRect(double x0, double y0, double x1, double y1, boolean flipY) {
    public WorldRect {
        if (!(x1 != x0) || !(y1 != y0) || !Double.isFinite(x0 + y0 + x1 + y1)) {
            throw new IllegalArgumentException("world rectangle must have a finite, non-zero size: "
                    + x0 + "," + y0 + "," + x1 + "," + y1);
        }
    }

    public double width() {
        return x1 - x0;
    }

    public double height() {
        return y1 - y0;
    }
}
