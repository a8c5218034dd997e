package dev.playlens.demo.level;

import dev.playlens.core.level.WorldRect;

/**
 * Maps between image pixels and world units for one level image, honouring {@link WorldRect#flipY()}:
 * the level is designed in pixels, events are written in world units.
 */
public record Calibration(WorldRect world, int width, int height) {

    public double worldX(double px) {
        return world.x0() + px / width * world.width();
    }

    public double worldY(double py) {
        double f = py / height;
        return world.flipY() ? world.y0() + (1 - f) * world.height() : world.y0() + f * world.height();
    }

    public double pixelX(double wx) {
        return (wx - world.x0()) / world.width() * width;
    }

    public double pixelY(double wy) {
        double f = (wy - world.y0()) / world.height();
        return (world.flipY() ? 1 - f : f) * height;
    }

    /** World units per pixel along x (for scale bars). */
    public double unitsPerPixel() {
        return Math.abs(world.width()) / width;
    }
}
