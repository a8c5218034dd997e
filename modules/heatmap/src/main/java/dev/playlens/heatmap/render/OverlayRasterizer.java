package dev.playlens.heatmap.render;

import dev.playlens.heatmap.BinGrid;
import dev.playlens.heatmap.BinLayout;
import dev.playlens.heatmap.calibration.Calibration;

/**
 * Rasterises a bin grid into a pixel window: each output pixel's centre goes image → world through the
 * calibration and takes the colour of the bin containing it. Colours are computed once per bin into an int
 * table, so the cost is one table per grid plus one lookup per pixel, whatever the shape or orientation.
 */
final class OverlayRasterizer {
    private OverlayRasterizer() {
    }

    static int[] rasterize(BinGrid grid, Calibration cal, PixelWindow window, ValueScale scale) {
        int cells = grid.cellCount();
        int[] cellArgb = new int[cells];
        for (int i = 0; i < cells; i++) cellArgb[i] = scale.argb(grid.value(i));
        Calibration toWorld = cal.inverse();
        BinLayout layout = grid.layout();
        int w = window.width();
        int h = window.height();
        int[] out = new int[w * h];
        for (int v = 0; v < h; v++) {
            double iy = window.imageYOf(v);
            for (int u = 0; u < w; u++) {
                double ix = window.imageXOf(u);
                int cell = layout.cellAt(toWorld.imageX(ix, iy), toWorld.imageY(ix, iy));
                out[v * w + u] = cell < 0 ? 0 : cellArgb[cell];
            }
        }
        return out;
    }

    /**
     * The level image under the heat: sampled (nearest pixel) through the window, desaturated and darkened by
     * {@code dim} (keeping its contrast, so the level stays readable), then the heat blended over it. Pixels
     * outside the image are a neutral dark grey.
     */
    static int[] composite(int[] heat, int[] base, int baseWidth, int baseHeight, PixelWindow window, double dim) {
        int w = window.width();
        int h = window.height();
        int[] out = new int[w * h];
        double keep = 1 - 0.8 * dim;
        double bright = 1 - 0.55 * dim;
        for (int v = 0; v < h; v++) {
            int by = (int) Math.floor(window.imageYOf(v));
            for (int u = 0; u < w; u++) {
                int bx = (int) Math.floor(window.imageXOf(u));
                int under = 0x2b2b2b;
                if (base != null && bx >= 0 && by >= 0 && bx < baseWidth && by < baseHeight) {
                    under = mute(base[by * baseWidth + bx], keep, bright);
                }
                out[v * w + u] = 0xff000000 | over(heat[v * w + u], under);
            }
        }
        return out;
    }

    private static int mute(int argb, double keep, double bright) {
        int a = argb >>> 24;
        int r = (argb >> 16) & 255, g = (argb >> 8) & 255, b = argb & 255;
        if (a < 255) { // transparent parts of the level image show over the neutral grey
            r = (r * a + 0x2b * (255 - a)) / 255;
            g = (g * a + 0x2b * (255 - a)) / 255;
            b = (b * a + 0x2b * (255 - a)) / 255;
        }
        double lum = 0.299 * r + 0.587 * g + 0.114 * b;
        return channel((lum + (r - lum) * keep) * bright) << 16 | channel((lum + (g - lum) * keep) * bright) << 8
                | channel((lum + (b - lum) * keep) * bright);
    }

    private static int over(int top, int under) {
        int a = top >>> 24;
        if (a == 0) return under;
        double f = a / 255.0;
        int r = channel(((top >> 16) & 255) * f + ((under >> 16) & 255) * (1 - f));
        int g = channel(((top >> 8) & 255) * f + ((under >> 8) & 255) * (1 - f));
        int b = channel((top & 255) * f + (under & 255) * (1 - f));
        return r << 16 | g << 8 | b;
    }

    private static int channel(double v) {
        return (int) Math.max(0, Math.min(255, Math.round(v)));
    }
}
