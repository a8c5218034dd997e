package dev.playlens.app.heatmaps;

import dev.playlens.heatmap.BinLayout;
import dev.playlens.heatmap.SquareLayout;

/** The corners of a bin in world coordinates, for outlining the bin under the cursor. */
final class BinOutline {
    private BinOutline() {
    }

    /** x0, y0, x1, y1, … of the bin containing world point (x, y), or null when it is outside the grid. */
    static double[] corners(BinLayout layout, double x, double y) {
        int cell = layout.cellAt(x, y);
        if (cell < 0) return null;
        double cx = layout.centerX(cell), cy = layout.centerY(cell);
        if (layout instanceof SquareLayout) {
            double h = layout.binSize() / 2;
            return new double[]{cx - h, cy - h, cx + h, cy - h, cx + h, cy + h, cx - h, cy + h};
        }
        // pointy-top hexagon: the bin size is the distance between neighbouring centres
        double r = layout.binSize() / Math.sqrt(3);
        double[] out = new double[12];
        for (int k = 0; k < 6; k++) {
            double a = Math.toRadians(90 + 60 * k);
            out[2 * k] = cx + r * Math.cos(a);
            out[2 * k + 1] = cy + r * Math.sin(a);
        }
        return out;
    }
}
