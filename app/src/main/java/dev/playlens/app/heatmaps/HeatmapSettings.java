package dev.playlens.app.heatmaps;

import dev.playlens.heatmap.BinShape;
import dev.playlens.heatmap.Reduce;
import dev.playlens.heatmap.render.ColorMap;
import dev.playlens.heatmap.render.ColorScale;

import java.time.LocalDate;

/**
 * Everything the designer chose in the controls, as one immutable value (what a render job works from).
 *
 * @param versionA  the version to show (A in compare mode), or null for all versions
 * @param versionB  version B in compare mode, or null for all versions
 * @param from      first day (UTC, inclusive), or null
 * @param to        last day (UTC, inclusive), or null
 * @param binSize   bin size in world units at the whole-level view (finer when zoomed in)
 * @param smoothing Gaussian sigma in bins, 0 = off
 */
public record HeatmapSettings(String eventType, String versionA, String versionB, LocalDate from, LocalDate to,
                              BinShape shape, double binSize, Reduce reduce, double smoothing, ColorMap colorMap,
                              ColorScale scale, double opacity, CompareMode mode) {
}
