package dev.playlens.ml.data;

import dev.playlens.core.sql.Engine;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The default per-user feature query over {@code game_events}: one row per client_id active in the window,
 * with activity features and two labels ({@code churned}, {@code paid_next}). Every value is a bound
 * parameter; only the engine's dialect fragments differ. Playtime is the sum, over sessions, of the span
 * between a session's first and last event (works whether or not session_start/session_end are logged).
 */
public final class GameEventsFeatureQuery {

    /** Event type names the query counts. */
    public record EventTypes(String levelStart, String levelComplete, String death, String purchase) {
        public static final EventTypes DEFAULT = new EventTypes("level_start", "level_complete", "player_death", "purchase");
    }

    /** The SQL text and its parameters, in order. */
    public record Query(String sql, List<Object> parameters) {
        public DataSource.WarehouseQuery on(String warehouse) {
            return new DataSource.WarehouseQuery(warehouse, sql, parameters);
        }
    }

    public static final String CHURN_LABEL = "churned";
    public static final String PAYMENT_LABEL = "paid_next";

    private final Engine engine;
    private final EventTypes types;

    public GameEventsFeatureQuery(Engine engine, EventTypes types) {
        if (engine == Engine.REDSHIFT) {
            throw new IllegalArgumentException("the default feature query supports DuckDB and PostgreSQL; write a --query for Redshift");
        }
        this.engine = engine;
        this.types = types;
    }

    public Query build(FeatureWindow w) {
        List<Object> p = new ArrayList<>();
        Timestamp t0 = ts(w.from()), t1 = ts(w.to()), t2 = ts(w.labelEnd());
        String sql = """
                WITH obs AS (
                  SELECT * FROM game_events WHERE event_timestamp >= ? AND event_timestamp < ?
                ), sess AS (
                  SELECT client_id, session_id, %1$s AS seconds
                  FROM obs WHERE session_id IS NOT NULL GROUP BY client_id, session_id
                ), play AS (
                  SELECT client_id, sum(seconds) AS playtime_seconds FROM sess GROUP BY client_id
                ), after_window AS (
                  SELECT client_id, count(*) AS events_after,
                         count(*) FILTER (WHERE event_type = ?) AS purchases_after
                  FROM game_events WHERE event_timestamp >= ? AND event_timestamp < ? GROUP BY client_id
                ), users AS (
                  SELECT client_id,
                    count(DISTINCT session_id) AS sessions,
                    count(DISTINCT CAST(event_timestamp AS DATE)) AS active_days,
                    count(*) AS events,
                    count(*) FILTER (WHERE event_type = ?) AS levels_started,
                    count(*) FILTER (WHERE event_type = ?) AS levels_completed,
                    count(*) FILTER (WHERE event_type = ?) AS deaths,
                    count(DISTINCT level_id) AS distinct_levels,
                    count(*) FILTER (WHERE event_type = ?) AS purchases,
                    coalesce(sum(%2$s) FILTER (WHERE event_type = ?), 0) AS purchase_amount,
                    %3$s AS days_since_last_seen,
                    %4$s AS days_since_first_seen,
                    %5$s AS app_version
                  FROM obs GROUP BY client_id
                )
                SELECT u.client_id, u.sessions, u.active_days, u.events, u.levels_started, u.levels_completed,
                  u.deaths, CAST(u.deaths AS DOUBLE PRECISION) / greatest(u.levels_started, 1) AS deaths_per_level,
                  u.distinct_levels, u.purchases, u.purchase_amount, coalesce(pl.playtime_seconds, 0) AS playtime_seconds,
                  u.days_since_last_seen, u.days_since_first_seen, u.app_version,
                  CASE WHEN a.events_after IS NULL THEN 1 ELSE 0 END AS churned,
                  CASE WHEN coalesce(a.purchases_after, 0) > 0 THEN 1 ELSE 0 END AS paid_next
                FROM users u LEFT JOIN play pl ON pl.client_id = u.client_id
                  LEFT JOIN after_window a ON a.client_id = u.client_id
                ORDER BY u.client_id
                """.formatted(sessionSeconds(), amount(), daysBefore("max"), daysBefore("min"), latestVersion());
        p.add(t0); p.add(t1);
        p.add(types.purchase()); p.add(t1); p.add(t2);
        p.add(types.levelStart()); p.add(types.levelComplete()); p.add(types.death()); p.add(types.purchase());
        p.add(types.purchase());
        p.add(t1); p.add(t1);
        return new Query(sql, p);
    }

    private String epoch(String expr) {
        return engine == Engine.DUCKDB ? "epoch(" + expr + ")" : "EXTRACT(EPOCH FROM " + expr + ")";
    }

    private String sessionSeconds() {
        return epoch("max(event_timestamp)") + " - " + epoch("min(event_timestamp)");
    }

    /** The purchase amount from the extra JSON; a non-numeric amount counts as missing, not as an error. */
    private String amount() {
        return engine == Engine.DUCKDB
                ? "TRY_CAST(json_extract_string(extra, '$.amount') AS DOUBLE)"
                : "CASE WHEN (extra::json ->> 'amount') ~ '^-?[0-9]+(\\.[0-9]+)?$' THEN (extra::json ->> 'amount')::double precision END";
    }

    private String daysBefore(String aggregate) {
        return "(" + epoch("CAST(? AS TIMESTAMP)") + " - " + epoch(aggregate + "(event_timestamp)") + ") / 86400.0";
    }

    private String latestVersion() {
        return engine == Engine.DUCKDB ? "arg_max(app_version, event_timestamp)"
                : "(array_agg(app_version ORDER BY event_timestamp DESC))[1]";
    }

    private static Timestamp ts(java.time.Instant i) {
        return Timestamp.valueOf(LocalDateTime.ofInstant(i, ZoneOffset.UTC));
    }
}
