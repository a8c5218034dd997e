package dev.playlens.app.heatmaps;

import dev.playlens.core.level.WorldRect;
import dev.playlens.heatmap.HeatmapQuery;
import dev.playlens.heatmap.Viewport;
import dev.playlens.heatmap.calibration.Calibration;
import dev.playlens.heatmap.render.PixelWindow;

import java.time.ZoneOffset;
import java.util.List;

/**
 * Turns what the designer sees and chose into the warehouse query: which world rectangle is visible, how fine
 * to bin it (finer when zoomed in, never more than {@link #MAX_VISIBLE_BINS} bins), and the filters.
 */
public final class HeatmapRequests {
    /** Above this many bins in view, bins stay coarser: more would not show on screen anyway. */
    public static final long MAX_VISIBLE_BINS = 1L << 21;

    private HeatmapRequests() {
    }

    /**
     * The world rectangle a pixel window shows, clipped to the level's world; null when it covers the whole
     * level (no zoom: the query and its caption stay the plain ones).
     */
    public static Viewport visibleWorld(WorldRect world, Calibration toImage, PixelWindow window) {
        Calibration toWorld = toImage.inverse();
        double minX = Double.POSITIVE_INFINITY, minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY, maxY = Double.NEGATIVE_INFINITY;
        double u0 = window.imageX(), v0 = window.imageY();
        double u1 = u0 + window.width() / window.scale(), v1 = v0 + window.height() / window.scale();
        for (double[] p : new double[][]{{u0, v0}, {u1, v0}, {u0, v1}, {u1, v1}}) {
            double x = toWorld.imageX(p[0], p[1]), y = toWorld.imageY(p[0], p[1]);
            minX = Math.min(minX, x);
            maxX = Math.max(maxX, x);
            minY = Math.min(minY, y);
            maxY = Math.max(maxY, y);
        }
        Viewport level = Viewport.of(world);
        double x0 = Math.max(minX, level.minX()), x1 = Math.min(maxX, level.maxX());
        double y0 = Math.max(minY, level.minY()), y1 = Math.min(maxY, level.maxY());
        if (x0 <= level.minX() && y0 <= level.minY() && x1 >= level.maxX() && y1 >= level.maxY()) return null;
        if (!(x0 < x1) || !(y0 < y1)) return null;
        return new Viewport(x0, y0, x1, y1);
    }

    /**
     * The bin size for a view: the chosen size divided by the zoom (re-binning finer when zoomed in), rounded to
     * read well, and coarse enough that the visible rectangle (the whole level when not zoomed) holds at most
     * {@link #MAX_VISIBLE_BINS} bins.
     */
    public static double binSize(double chosen, double zoom, Viewport visible) {
        double size = zoom > 1 ? roundBinSize(chosen / zoom) : chosen;
        double floor = Math.sqrt(visible.width() * visible.height() / MAX_VISIBLE_BINS);
        return size < floor ? roundBinSize(floor * 1.25) : size;
    }

    /** The query for version set {@code versions} (empty = all) with the chosen filters and shape. */
    public static HeatmapQuery query(LevelMap level, HeatmapSettings s, Viewport visible, double binSize,
                                     List<String> versions) {
        HeatmapQuery q = HeatmapQuery.of(level.id(), level.level().world())
                .withEventTypes(List.of(s.eventType()))
                .withAppVersions(versions)
                .withBins(s.shape(), binSize)
                .withReduce(s.reduce())
                .withNormalization(s.normalization())
                .withSmoothing(s.smoothing())
                .withViewport(visible);
        if (s.from() != null || s.to() != null) {
            q = q.withTimeRange(s.from() == null ? null : s.from().atStartOfDay(ZoneOffset.UTC).toInstant(),
                    s.to() == null ? null : s.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
        }
        return q;
    }

    /** How a version picker reads: "1.0, 1.1", or "All versions" when none is ticked. */
    public static String versionsLabel(List<String> versions) {
        return versions.isEmpty() ? HeatmapsModel.ALL_VERSIONS : String.join(", ", versions);
    }

    /** Rounds to 1, 2 or 5 times a power of ten, so bin sizes read well. */
    public static double niceStep(double raw) {
        if (!(raw > 0)) return 1;
        double p = Math.pow(10, Math.floor(Math.log10(raw)));
        double m = raw / p;
        return (m < 1.5 ? 1 : m < 3.5 ? 2 : m < 7.5 ? 5 : 10) * p;
    }

    /** Rounds a bin size to 1, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 times a power of ten. */
    public static double roundBinSize(double raw) {
        if (!(raw > 0)) return 1;
        double p = Math.pow(10, Math.floor(Math.log10(raw)));
        double best = p;
        for (double m : new double[]{1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10}) {
            if (Math.abs(m * p - raw) < Math.abs(best - raw)) best = m * p;
        }
        return best;
    }
}
