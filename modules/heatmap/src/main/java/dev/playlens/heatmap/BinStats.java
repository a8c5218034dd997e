package dev.playlens.heatmap;

/**
 * Where the matching events went, so nothing is dropped silently.
 *
 * @param matchedEvents   events matching level, event types, versions and time range
 * @param binnedEvents    of those, the ones inside the viewport (the sum of the raw bin counts)
 * @param outsideViewport events with a position outside the viewport / world rectangle
 * @param withoutPosition events with a null position_x or position_y
 * @param withoutSession  binned events with a null session_id (they cannot count under per-session)
 * @param population      the normalisation's denominator: distinct players or sessions on the level under the
 *                        version and time filters; 0 when not normalised
 */
public record BinStats(long matchedEvents, long binnedEvents, long outsideViewport, long withoutPosition,
                       long withoutSession, long population) {
}
