package dev.playlens.heatmap.sql;

import dev.playlens.core.sql.GameEvents;
import dev.playlens.heatmap.BinLayout;
import dev.playlens.heatmap.HeatmapQuery;
import dev.playlens.heatmap.HexLayout;
import dev.playlens.heatmap.Normalization;
import dev.playlens.heatmap.Reduce;
import dev.playlens.heatmap.SquareLayout;
import dev.playlens.heatmap.Viewport;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Builds the bin query for one engine: the warehouse filters, bins and aggregates; only bins come back.
 * Every value (level, types, versions, times, origin, sizes, viewport) is a JDBC parameter; identifiers are
 * the fixed {@link GameEvents} names.
 *
 * <p>Result columns: {@code kind} (0 = binned, 1 = outside the viewport, 2 = no position),
 * {@code bin_x, bin_y} (square: x_index, y_index; hex: axial q, r; null unless kind 0), {@code events}
 * (raw event count), {@code no_session} (events without session_id) and {@code bin_value} (the bin's measure
 * before normalisation: events, distinct players or distinct sessions; for MAX the largest fine cell's).
 */
public final class BinSqlBuilder {
    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS").withZone(ZoneOffset.UTC);

    private final BinDialect dialect;

    public BinSqlBuilder(BinDialect dialect) {
        this.dialect = dialect;
    }

    public BoundSql bins(HeatmapQuery q, BinLayout layout) {
        Sql s = new Sql();
        boolean max = q.reduce() == Reduce.MAX;
        String measure = switch (q.normalization()) {
            case NONE -> "COUNT(*)";
            case PER_PLAYER -> "COUNT(DISTINCT " + GameEvents.CLIENT_ID + ")";
            case PER_SESSION -> "COUNT(DISTINCT " + GameEvents.SESSION_ID + ")";
        };
        String noSession = "SUM(CASE WHEN " + GameEvents.SESSION_ID + " IS NULL THEN 1 ELSE 0 END)";
        if (max) {
            s.add("SELECT kind, bin_x, bin_y, SUM(events) AS events, SUM(no_session) AS no_session, "
                    + "MAX(cell_value) AS bin_value FROM (SELECT kind, bin_x, bin_y, fine_x, fine_y, "
                    + "COUNT(*) AS events, " + noSession + " AS no_session, " + measure + " AS cell_value FROM (");
        } else {
            s.add("SELECT kind, bin_x, bin_y, COUNT(*) AS events, " + noSession + " AS no_session, "
                    + measure + " AS bin_value FROM (");
        }
        switch (layout) {
            case SquareLayout sq -> squareKeys(s, q, sq, max);
            case HexLayout hex -> hexKeys(s, q, hex, max);
        }
        s.add(") k GROUP BY kind, bin_x, bin_y");
        if (max) s.add(", fine_x, fine_y) c GROUP BY kind, bin_x, bin_y");
        return s.build();
    }

    /** Distinct players and sessions on the level under the version and time filters (any event type). */
    public BoundSql population(HeatmapQuery q) {
        Sql s = new Sql();
        s.add("SELECT COUNT(DISTINCT " + GameEvents.CLIENT_ID + ") AS players, COUNT(DISTINCT "
                + GameEvents.SESSION_ID + ") AS sessions FROM " + GameEvents.TABLE + " WHERE ");
        where(s, q, false);
        return s.build();
    }

    private void squareKeys(Sql s, HeatmapQuery q, SquareLayout l, boolean max) {
        s.add("SELECT kind, " + GameEvents.CLIENT_ID + ", " + GameEvents.SESSION_ID + ", ");
        s.add("CASE WHEN kind = 0 THEN " + floorKey("px", l.x0(), l.binSize(), s) + " END AS bin_x, ");
        s.add("CASE WHEN kind = 0 THEN " + floorKey("py", l.y0(), l.binSize(), s) + " END AS bin_y");
        fineKeys(s, q, max, "px", "py");
        s.add(" FROM (");
        filtered(s, q);
        s.add(") f");
    }

    private void hexKeys(Sql s, HeatmapQuery q, HexLayout l, boolean max) {
        // cube rounding (Red Blob Games): round q, r, s to nearest; fix the one rounded the most
        String carry = "kind, " + GameEvents.CLIENT_ID + ", " + GameEvents.SESSION_ID + (max ? ", fine_x, fine_y" : "");
        s.add("SELECT " + carry + ", CAST(CASE WHEN kind <> 0 THEN NULL WHEN dq > dr AND dq > ds THEN -rr - rs"
                + " ELSE rq END AS BIGINT) AS bin_x, CAST(CASE WHEN kind <> 0 THEN NULL"
                + " WHEN dq > dr AND dq > ds THEN rr WHEN dr > ds THEN -rq - rs ELSE rr END AS BIGINT) AS bin_y"
                + " FROM (");
        s.add("SELECT " + carry + ", FLOOR(qf + 0.5) AS rq, FLOOR(rf + 0.5) AS rr, FLOOR(-qf - rf + 0.5) AS rs,"
                + " ABS(FLOOR(qf + 0.5) - qf) AS dq, ABS(FLOOR(rf + 0.5) - rf) AS dr,"
                + " ABS(FLOOR(-qf - rf + 0.5) - (-qf - rf)) AS ds FROM (");
        s.add("SELECT kind, " + GameEvents.CLIENT_ID + ", " + GameEvents.SESSION_ID + ", ");
        s.add("(px - " + s.d(l.x0()) + ") * " + s.d(l.k1()) + " - (py - " + s.d(l.y0()) + ") * " + s.d(l.k2())
                + " AS qf, ");
        s.add("(py - " + s.d(l.y0()) + ") * " + s.d(l.k3()) + " AS rf");
        fineKeys(s, q, max, "px", "py");
        s.add(" FROM (");
        filtered(s, q);
        s.add(") f) h) r");
    }

    private void fineKeys(Sql s, HeatmapQuery q, boolean max, String x, String y) {
        if (!max) return;
        s.add(", CASE WHEN kind = 0 THEN " + floorKey(x, q.world().x0(), q.fineCellSize(), s) + " END AS fine_x");
        s.add(", CASE WHEN kind = 0 THEN " + floorKey(y, q.world().y0(), q.fineCellSize(), s) + " END AS fine_y");
    }

    /** {@code CAST(FLOOR((col - ?) / ?) AS BIGINT)}; registers its two parameters in text order. */
    private String floorKey(String column, double origin, double size, Sql s) {
        return "CAST(FLOOR((" + column + " - " + s.d(origin) + ") / " + s.d(size) + ") AS BIGINT)";
    }

    /** The filtered events with their viewport kind. */
    private void filtered(Sql s, HeatmapQuery q) {
        Viewport v = q.effectiveViewport();
        String x = GameEvents.POSITION_X;
        String y = GameEvents.POSITION_Y;
        s.add("SELECT " + x + " AS px, " + y + " AS py, " + GameEvents.CLIENT_ID + ", " + GameEvents.SESSION_ID
                + ", CASE WHEN " + x + " IS NULL OR " + y + " IS NULL THEN 2 WHEN " + x + " >= " + s.d(v.minX())
                + " AND " + x + " < " + s.d(v.maxX()) + " AND " + y + " >= " + s.d(v.minY()) + " AND " + y
                + " < " + s.d(v.maxY()) + " THEN 0 ELSE 1 END AS kind FROM " + GameEvents.TABLE + " WHERE ");
        where(s, q, true);
    }

    private void where(Sql s, HeatmapQuery q, boolean withEventTypes) {
        s.add(GameEvents.LEVEL_ID + " = " + s.p(q.levelId()));
        if (withEventTypes) s.add(" AND " + GameEvents.EVENT_TYPE + " IN (" + s.list(q.eventTypes()) + ")");
        if (!q.appVersions().isEmpty()) {
            s.add(" AND " + GameEvents.APP_VERSION + " IN (" + s.list(q.appVersions()) + ")");
        }
        if (q.from() != null) s.add(" AND " + GameEvents.EVENT_TIMESTAMP + " >= " + s.ts(q.from()));
        if (q.to() != null) s.add(" AND " + GameEvents.EVENT_TIMESTAMP + " < " + s.ts(q.to()));
    }

    /**
     * Accumulates text and parameters. Placeholder helpers register their value when called, so callers
     * must evaluate them in text order (Java evaluates string concatenation operands left to right).
     */
    private final class Sql {
        private final StringBuilder text = new StringBuilder();
        private final List<Object> params = new ArrayList<>();

        void add(String part) {
            text.append(part);
        }

        String p(String value) {
            params.add(value);
            return "?";
        }

        String d(double value) {
            params.add(value);
            return "CAST(? AS " + dialect.doubleType() + ")";
        }

        String ts(Instant instant) {
            params.add(TIMESTAMP.format(instant));
            return dialect.timestampParameter();
        }

        String list(List<String> values) {
            params.addAll(values);
            return String.join(", ", Collections.nCopies(values.size(), "?"));
        }

        BoundSql build() {
            return new BoundSql(text.toString(), params);
        }
    }
}
