package dev.playlens.core.sql;

import java.util.List;

/**
 * The heatmaps' per-level cell roll-up on PostgreSQL, as both its writers see it: the heatmap module builds it
 * ({@code playlens heatmap-rollup}) and the warehouse's PostgreSQL ingest keeps it current. One definition of the
 * tables and of the cell formula, so a loaded event lands in the cell a rebuild would give it.
 *
 * <p>Cells are {@code cx = floor((position_x - x0) / unit)}, {@code cy} likewise, clamped to ±{@link #CELL_CLAMP};
 * events without a position get {@link #NO_POSITION} on both axes. A NULL app_version is stored as {@code ''}
 * with {@code no_version = true} (primary key columns cannot be NULL, and {@code ''} may be a real version).
 */
public final class HeatCells {
    /** One row per level: the lattice (x0, y0, unit) and whether the cells are stale. */
    public static final String ROLLUPS = "playlens_heat_rollups";
    /** The counts per (level, event type, version, cell). */
    public static final String CELLS = "playlens_heat_cells";
    /** Cell indices are clamped to ±this, so far-away or non-finite positions stay "outside" any viewport. */
    public static final long CELL_CLAMP = 1L << 40;
    /** The cell index stored for events without a position (never a clamped index). */
    public static final long NO_POSITION = Long.MIN_VALUE;

    /** Whether both tables exist (one boolean column). */
    public static final String TABLES_EXIST = "SELECT to_regclass('" + ROLLUPS + "') IS NOT NULL AND to_regclass('"
            + CELLS + "') IS NOT NULL";

    private HeatCells() {
    }

    /**
     * The cell index of {@code column} (one axis) as SQL: {@code x} and {@code y} are the event's position columns
     * (no position on either axis → {@link #NO_POSITION}), {@code origin} and {@code unit} SQL for the lattice.
     * Its own three placeholders come first, in text order: bind {@link #cellKeyParameters()}, then those of
     * {@code origin} and {@code unit}. PostgreSQL orders NaN above every number, so the clamp takes NaN and
     * ±Infinity too.
     */
    public static String cellKey(String x, String y, String column, String origin, String unit) {
        return "CASE WHEN " + x + " IS NULL OR " + y + " IS NULL THEN CAST(? AS BIGINT) ELSE CAST(GREATEST("
                + "CAST(? AS DOUBLE PRECISION), LEAST(CAST(? AS DOUBLE PRECISION), FLOOR((" + column + " - " + origin
                + ") / " + unit + "))) AS BIGINT) END";
    }

    /** The values of {@link #cellKey}'s own placeholders. */
    public static List<Long> cellKeyParameters() {
        return List.of(NO_POSITION, -CELL_CLAMP, CELL_CLAMP);
    }

    /**
     * {@code INSERT INTO cells … SELECT …} counting the events of {@code events}, a SELECT giving the columns
     * {@code level_id, event_type, app_version, session_id, cx, cy}, into their cells.
     */
    public static String insertCells(String events) {
        return "INSERT INTO " + CELLS + " (level_id, event_type, app_version, no_version, cx, cy, events, no_session)"
                + " SELECT level_id, event_type, COALESCE(app_version, ''), app_version IS NULL, cx, cy, COUNT(*),"
                + " SUM(CASE WHEN session_id IS NULL THEN 1 ELSE 0 END) FROM (" + events + ") e"
                + " GROUP BY level_id, event_type, app_version, cx, cy";
    }
}
