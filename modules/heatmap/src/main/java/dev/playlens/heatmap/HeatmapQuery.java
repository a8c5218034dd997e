package dev.playlens.heatmap;

import dev.playlens.core.level.WorldRect;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What to bin: which events (level, event types, app versions, time range) and how (shape, size, reduce,
 * normalisation, smoothing, viewport). Start from {@link #of(String, WorldRect)} and adjust with the
 * {@code with…} methods.
 *
 * @param levelId        {@code game_events.level_id}
 * @param eventTypes     at least one event type
 * @param appVersions    app versions to keep; empty means all (including events without a version)
 * @param from           inclusive lower bound on event_timestamp, or null
 * @param to             exclusive upper bound on event_timestamp, or null
 * @param world          the world rectangle covering the level image; square bins are aligned at its X0,Y0
 * @param shape          square or hex bins
 * @param binSize        bin size in world units (square side, or hex centre spacing)
 * @param reduce         SUM (the bin's events) or MAX (the busiest fine cell in the bin)
 * @param normalization  NONE, PER_PLAYER or PER_SESSION (see {@link Normalization})
 * @param smoothingSigma Gaussian sigma in bins, 0 = off
 * @param viewport       a world sub-rectangle to bin (zoom), or null for the whole world rectangle
 * @param fineCellSize   the fine cell size in world units that {@link Reduce#MAX} takes the maximum over
 */
public record HeatmapQuery(String levelId, List<String> eventTypes, List<String> appVersions,
                           Instant from, Instant to, WorldRect world, BinShape shape, double binSize,
                           Reduce reduce, Normalization normalization, double smoothingSigma,
                           Viewport viewport, double fineCellSize) {

    public static final String DEFAULT_EVENT_TYPE = "player_death";
    /** Default bins across the world rectangle's longer side. */
    public static final int DEFAULT_BINS_ACROSS = 128;

    public HeatmapQuery {
        if (levelId == null || levelId.isBlank()) throw new IllegalArgumentException("level id is required");
        eventTypes = List.copyOf(Objects.requireNonNull(eventTypes, "eventTypes"));
        appVersions = List.copyOf(Objects.requireNonNull(appVersions, "appVersions"));
        if (eventTypes.isEmpty()) throw new IllegalArgumentException("at least one event type is required");
        eventTypes.forEach(t -> requireText(t, "event type"));
        appVersions.forEach(v -> requireText(v, "app version"));
        if (from != null && to != null && !from.isBefore(to)) {
            throw new IllegalArgumentException("time range is empty: from " + from + " is not before to " + to);
        }
        Objects.requireNonNull(world, "world");
        Objects.requireNonNull(shape, "shape");
        Objects.requireNonNull(reduce, "reduce");
        Objects.requireNonNull(normalization, "normalization");
        requirePositive(binSize, "bin size");
        requirePositive(fineCellSize, "fine cell size");
        if (!(smoothingSigma >= 0) || !Double.isFinite(smoothingSigma)) {
            throw new IllegalArgumentException("smoothing sigma must be >= 0 (bins), got " + smoothingSigma);
        }
    }

    /** player_death events of all versions, square bins with 128 across the longer side, SUM, no smoothing. */
    public static HeatmapQuery of(String levelId, WorldRect world) {
        double size = Math.max(Math.abs(world.width()), Math.abs(world.height())) / DEFAULT_BINS_ACROSS;
        return new HeatmapQuery(levelId, List.of(DEFAULT_EVENT_TYPE), List.of(), null, null, world,
                BinShape.SQUARE, size, Reduce.SUM, Normalization.NONE, 0, null, 1.0);
    }

    /** The rectangle actually binned: the viewport, or the whole world rectangle. */
    public Viewport effectiveViewport() {
        return viewport != null ? viewport : Viewport.of(world);
    }

    public HeatmapQuery withEventTypes(List<String> types) {
        return new HeatmapQuery(levelId, types, appVersions, from, to, world, shape, binSize, reduce,
                normalization, smoothingSigma, viewport, fineCellSize);
    }

    public HeatmapQuery withAppVersions(List<String> versions) {
        return new HeatmapQuery(levelId, eventTypes, versions, from, to, world, shape, binSize, reduce,
                normalization, smoothingSigma, viewport, fineCellSize);
    }

    public HeatmapQuery withTimeRange(Instant fromInclusive, Instant toExclusive) {
        return new HeatmapQuery(levelId, eventTypes, appVersions, fromInclusive, toExclusive, world, shape,
                binSize, reduce, normalization, smoothingSigma, viewport, fineCellSize);
    }

    public HeatmapQuery withBins(BinShape binShape, double size) {
        return new HeatmapQuery(levelId, eventTypes, appVersions, from, to, world, binShape, size, reduce,
                normalization, smoothingSigma, viewport, fineCellSize);
    }

    public HeatmapQuery withReduce(Reduce r) {
        return new HeatmapQuery(levelId, eventTypes, appVersions, from, to, world, shape, binSize, r,
                normalization, smoothingSigma, viewport, fineCellSize);
    }

    public HeatmapQuery withNormalization(Normalization n) {
        return new HeatmapQuery(levelId, eventTypes, appVersions, from, to, world, shape, binSize, reduce,
                n, smoothingSigma, viewport, fineCellSize);
    }

    public HeatmapQuery withSmoothing(double sigmaInBins) {
        return new HeatmapQuery(levelId, eventTypes, appVersions, from, to, world, shape, binSize, reduce,
                normalization, sigmaInBins, viewport, fineCellSize);
    }

    public HeatmapQuery withViewport(Viewport zoom) {
        return new HeatmapQuery(levelId, eventTypes, appVersions, from, to, world, shape, binSize, reduce,
                normalization, smoothingSigma, zoom, fineCellSize);
    }

    public HeatmapQuery withFineCellSize(double size) {
        return new HeatmapQuery(levelId, eventTypes, appVersions, from, to, world, shape, binSize, reduce,
                normalization, smoothingSigma, viewport, size);
    }

    private static void requireText(String s, String what) {
        if (s == null || s.isBlank()) throw new IllegalArgumentException(what + " must not be blank");
    }

    private static void requirePositive(double v, String what) {
        if (!(v > 0) || !Double.isFinite(v)) throw new IllegalArgumentException(what + " must be > 0, got " + v);
    }
}
