package dev.playlens.heatmap;

import dev.playlens.core.level.WorldRect;

/**
 * An axis-aligned world rectangle, half-open: {@code minX <= x < maxX}, {@code minY <= y < maxY}.
 * Used for zoom: only events inside it are binned, and the grid covers just it.
 */
public record Viewport(double minX, double minY, double maxX, double maxY) {
    public Viewport {
        if (!Double.isFinite(minX + minY + maxX + maxY) || !(minX < maxX) || !(minY < maxY)) {
            throw new IllegalArgumentException("viewport must be finite with min < max: "
                    + minX + "," + minY + "," + maxX + "," + maxY);
        }
    }

    /** The whole world rectangle, whichever corner it was given from. */
    public static Viewport of(WorldRect world) {
        return new Viewport(Math.min(world.x0(), world.x1()), Math.min(world.y0(), world.y1()),
                Math.max(world.x0(), world.x1()), Math.max(world.y0(), world.y1()));
    }

    public boolean contains(double x, double y) {
        return x >= minX && x < maxX && y >= minY && y < maxY;
    }

    public double width() {
        return maxX - minX;
    }

    public double height() {
        return maxY - minY;
    }
}
