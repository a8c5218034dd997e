package dev.playlens.heatmap;

import dev.playlens.core.sql.HeatCells;

import java.time.Instant;
import java.util.Optional;

/**
 * A level's cell roll-up on PostgreSQL ({@code playlens_heat_rollups} row): the level's events counted per
 * {@code unit × unit} world cell on a lattice anchored at (x0, y0), per event type and app version, in
 * {@code playlens_heat_cells}. A statement trigger on {@code game_events} marks every roll-up stale on any
 * change; a stale roll-up is never read (see {@link CellRollupStore}).
 *
 * @param unit the cell side in world units (> 0)
 */
public record CellRollup(String levelId, double x0, double y0, double unit, Instant builtAt, boolean stale) {
    /** How far from an integer a lattice coordinate may be (relative), to absorb decimal world coordinates. */
    static final double LATTICE_TOLERANCE = 1e-9;

    /**
     * Whether this roll-up can answer {@code q} exactly: current, square bins summed without normalisation
     * or time range, and the query's origin, bin size and viewport edges on this lattice.
     */
    public Optional<RollupLattice> latticeOf(HeatmapQuery q, BinLayout layout) {
        if (stale || q.shape() != BinShape.SQUARE || q.reduce() != Reduce.SUM
                || q.normalization() != Normalization.NONE || q.from() != null || q.to() != null
                || !(layout instanceof SquareLayout square)) {
            return Optional.empty();
        }
        Viewport v = q.effectiveViewport();
        Long ax = steps(square.x0() - x0);
        Long ay = steps(square.y0() - y0);
        Long k = steps(square.binSize());
        Long minX = steps(v.minX() - x0);
        Long maxX = steps(v.maxX() - x0);
        Long minY = steps(v.minY() - y0);
        Long maxY = steps(v.maxY() - y0);
        if (ax == null || ay == null || k == null || k < 1 || minX == null || maxX == null || minY == null
                || maxY == null) {
            return Optional.empty();
        }
        return Optional.of(new RollupLattice(ax, ay, k, minX, maxX, minY, maxY));
    }

    /** {@code distance / unit} when it is (within tolerance) an integer inside the clamp, else null. */
    private Long steps(double distance) {
        double r = distance / unit;
        if (!Double.isFinite(r)) return null;
        double n = Math.rint(r);
        if (Math.abs(r - n) > LATTICE_TOLERANCE * Math.max(1, Math.abs(n)) || Math.abs(n) >= HeatCells.CELL_CLAMP) {
            return null;
        }
        return (long) n;
    }

    /**
     * A query's grid expressed in roll-up cells: bin key = floor((cell - a) / k) on each axis, and the
     * viewport is the half-open cell range [min, max).
     */
    public record RollupLattice(long ax, long ay, long k, long minCx, long maxCx, long minCy, long maxCy) {
    }
}
