package dev.playlens.app.heatmaps;

import dev.playlens.heatmap.BinGrid;

import java.util.Locale;

/** The read-out under the cursor: the world position and the value of the bin there (A, B and B − A when comparing). */
public final class HoverReadout {
    private HoverReadout() {
    }

    /** The value of the map's bin at a world point (B − A in compare modes). */
    public static double value(HeatmapFrame frame, double worldX, double worldY) {
        return frame.primaryGrid().valueAt(worldX, worldY);
    }

    public static String text(HeatmapFrame frame, double worldX, double worldY) {
        String where = String.format(Locale.ROOT, "x %s, y %s", coordinate(worldX), coordinate(worldY));
        if (frame.diff() == null) {
            BinGrid g = frame.grid();
            return where + " · " + number(g.valueAt(worldX, worldY)) + " " + g.unit();
        }
        double a = frame.diff().a().valueAt(worldX, worldY);
        double b = frame.diff().b().valueAt(worldX, worldY);
        return where + " · A " + number(a) + " · B " + number(b) + " · B − A " + (b - a > 0 ? "+" : "")
                + number(b - a) + " (" + frame.diff().a().unit() + ")";
    }

    static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e12) return Long.toString((long) v);
        return String.format(Locale.ROOT, "%.3g", v);
    }

    private static String coordinate(double v) {
        return Math.abs(v) >= 1000 ? String.format(Locale.ROOT, "%,.0f", v) : String.format(Locale.ROOT, "%.1f", v);
    }
}
