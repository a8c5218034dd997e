package dev.playlens.app.heatmaps;

import dev.playlens.heatmap.BinGrid;
import dev.playlens.heatmap.HeatmapDiff;
import dev.playlens.heatmap.HeatmapQuery;
import dev.playlens.heatmap.calibration.Calibration;
import dev.playlens.heatmap.render.HeatStyle;
import dev.playlens.heatmap.render.PixelWindow;
import dev.playlens.heatmap.render.ValueScale;

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
                           BinGrid grid, HeatmapDiff diff, HeatStyle style, List<Panel> panels, Legend legend) {

    /** One drawn map: its title, grid and ARGB pixels at the window's size. */
    public record Panel(String title, BinGrid grid, int[] argb) {
    }

    /** The colour bar: what a value means, the bar's colours (0xRRGGBB, left to right) and labelled ticks. */
    public record Legend(String unit, int[] bar, List<ValueScale.Tick> ticks) {
        public static Legend of(BinGrid grid, HeatStyle style) {
            ValueScale scale = ValueScale.of(grid, style);
            int[] bar = new int[256];
            for (int i = 0; i < bar.length; i++) bar[i] = scale.barRgb(i / 255.0);
            return new Legend(grid.unit(), bar, scale.ticks());
        }
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
