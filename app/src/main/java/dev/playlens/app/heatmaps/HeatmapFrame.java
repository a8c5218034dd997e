package dev.playlens.app.heatmaps;

import dev.playlens.heatmap.BinGrid;
import dev.playlens.heatmap.HeatmapDiff;
import dev.playlens.heatmap.HeatmapQuery;
import dev.playlens.heatmap.calibration.Calibration;
import dev.playlens.heatmap.render.HeatStyle;
import dev.playlens.heatmap.render.PixelWindow;

import java.util.List;

/**
 * A finished render of the screen: the grids behind it (kept for hover read-outs and export), the pixels of
 * each panel, and the view they were drawn for (so the screen can move them while the next render runs).
 *
 * @param query the query of version A (or of the single map); B's differs only in its versions
 * @param diff  the A/B grids and B − A in compare modes, else null
 */
public record HeatmapFrame(LevelMap level, HeatmapSettings settings, ViewState view, HeatmapQuery query,
                           Calibration calibration, int imageWidth, int imageHeight, PixelWindow window,
                           BinGrid grid, HeatmapDiff diff, HeatStyle style, List<Panel> panels) {

    /** One drawn map: its title, grid and ARGB pixels at the window's size. */
    public record Panel(String title, BinGrid grid, int[] argb) {
    }

    public HeatmapFrame {
        panels = List.copyOf(panels);
    }

    /** The grid that exports and the read-out describe first: the map, or B − A in compare modes. */
    public BinGrid primaryGrid() {
        return diff != null ? diff.difference() : grid;
    }

    /** Events counted by the map (single mode) or by A and B together. */
    public long events() {
        return diff == null ? grid.stats().binnedEvents()
                : diff.a().stats().binnedEvents() + diff.b().stats().binnedEvents();
    }

    /** The world point under image point (ix, iy). */
    public double[] world(double ix, double iy) {
        Calibration toWorld = calibration.inverse();
        return new double[]{toWorld.imageX(ix, iy), toWorld.imageY(ix, iy)};
    }
}
