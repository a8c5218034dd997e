package dev.playlens.heatmap.render;

import dev.playlens.heatmap.Viewport;
import dev.playlens.heatmap.calibration.Calibration;

/**
 * The part of the level image to draw and at what size: output pixel (u, v) shows image point
 * ({@code imageX + (u + 0.5) / scale}, {@code imageY + (v + 0.5) / scale}). {@link #full} is the whole image at
 * its own resolution; {@link #zoom} fits a world viewport into a maximum size.
 */
public record PixelWindow(double imageX, double imageY, double scale, int width, int height) {
    public PixelWindow {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("window must be positive: " + width + "x" + height);
        }
        if (!(scale > 0) || !Double.isFinite(scale)) throw new IllegalArgumentException("scale must be > 0: " + scale);
    }

    public static PixelWindow full(int imageWidth, int imageHeight) {
        return new PixelWindow(0, 0, 1, imageWidth, imageHeight);
    }

    /** The whole image enlarged (or reduced) by {@code scale}. */
    public static PixelWindow scaled(int imageWidth, int imageHeight, double scale) {
        return new PixelWindow(0, 0, scale, (int) Math.round(imageWidth * scale),
                (int) Math.round(imageHeight * scale));
    }

    /** The image region showing {@code viewport}, scaled to fit within {@code maxWidth × maxHeight}. */
    public static PixelWindow zoom(Viewport viewport, Calibration cal, int maxWidth, int maxHeight) {
        double[] xs = {viewport.minX(), viewport.maxX()};
        double[] ys = {viewport.minY(), viewport.maxY()};
        double minU = Double.POSITIVE_INFINITY, minV = Double.POSITIVE_INFINITY;
        double maxU = Double.NEGATIVE_INFINITY, maxV = Double.NEGATIVE_INFINITY;
        for (double x : xs) {
            for (double y : ys) {
                double u = cal.imageX(x, y), v = cal.imageY(x, y);
                minU = Math.min(minU, u);
                maxU = Math.max(maxU, u);
                minV = Math.min(minV, v);
                maxV = Math.max(maxV, v);
            }
        }
        double scale = Math.min(maxWidth / (maxU - minU), maxHeight / (maxV - minV));
        return new PixelWindow(minU, minV, scale, Math.max(1, (int) Math.round((maxU - minU) * scale)),
                Math.max(1, (int) Math.round((maxV - minV) * scale)));
    }

    public double imageXOf(int u) {
        return imageX + (u + 0.5) / scale;
    }

    public double imageYOf(int v) {
        return imageY + (v + 0.5) / scale;
    }
}
