package dev.playlens.app.heatmaps;

import dev.playlens.heatmap.BinShape;
import dev.playlens.heatmap.Normalization;
import dev.playlens.heatmap.Reduce;
import dev.playlens.heatmap.render.ColorMap;
import dev.playlens.heatmap.render.ColorScale;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything the designer chose in the controls, as one immutable value (what a render job works from).
 *
 * @param versionsA the versions to show (A in compare mode); empty = all versions
 * @param versionsB the versions of B in compare mode; empty = all versions (and when not comparing)
 * @param from      first day (UTC, inclusive), or null
 * @param to        last day (UTC, inclusive), or null
 * @param binSize   bin size in world units at the whole-level view (finer when zoomed in)
 * @param smoothing Gaussian sigma in bins, 0 = off
 * @param normalization raw counts, or shares of the players / sessions (applied to A and B alike)
 */
public record HeatmapSettings(String eventType, List<String> versionsA, List<String> versionsB, LocalDate from,
                              LocalDate to, BinShape shape, double binSize, Reduce reduce, double smoothing,
                              Normalization normalization, ColorMap colorMap, ColorScale scale, double opacity,
                              CompareMode mode) {
    public HeatmapSettings {
        versionsA = List.copyOf(versionsA);
        versionsB = List.copyOf(versionsB);
    }
}
