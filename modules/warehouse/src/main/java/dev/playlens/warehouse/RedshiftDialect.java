package dev.playlens.warehouse;

import dev.playlens.core.sql.Engine;

import java.util.List;

/**
 * Amazon Redshift: no UUID type (event ids are canonical lower-case text) and primary keys are not
 * enforced, so the merge checks the table with NOT EXISTS (the loader has already removed in-batch
 * duplicates). Distribution and sort keys are only emitted against a real Redshift cluster; through the
 * pgbouncer test setup the same driver talks to PostgreSQL, which would reject them. The staging table
 * keeps the timestamp as TIMESTAMP because Redshift's COPY fills it from epoch milliseconds itself.
 */
public final class RedshiftDialect implements Dialect {
    private final boolean realRedshift;

    /** @param realRedshift whether the server is Redshift itself (its {@code version()} says so) */
    public RedshiftDialect(boolean realRedshift) {
        this.realRedshift = realRedshift;
    }

    public boolean isRealRedshift() {
        return realRedshift;
    }

    @Override
    public Engine engine() {
        return Engine.REDSHIFT;
    }

    @Override
    public String createGameEventsDdl() {
        return "CREATE TABLE IF NOT EXISTS game_events ("
                + "event_id VARCHAR(36) NOT NULL PRIMARY KEY, app_name VARCHAR(1024) NOT NULL,"
                + " event_version VARCHAR(256) NOT NULL, event_type VARCHAR(1024) NOT NULL,"
                + " event_timestamp TIMESTAMP NOT NULL, client_id VARCHAR(1024) NOT NULL,"
                + " app_version VARCHAR(256), level_id VARCHAR(1024), position_x DOUBLE PRECISION,"
                + " position_y DOUBLE PRECISION, session_id VARCHAR(1024), extra VARCHAR(65535))"
                + (realRedshift ? " DISTKEY(event_id) SORTKEY(event_timestamp)" : "");
    }

    @Override
    public List<String> createStagingSql() {
        return List.of(dropStagingSql(), "CREATE TEMP TABLE " + STAGING_TABLE + " (seq BIGINT NOT NULL,"
                + " event_id VARCHAR(36) NOT NULL, app_name VARCHAR(1024), event_version VARCHAR(256),"
                + " event_type VARCHAR(1024), event_timestamp TIMESTAMP, client_id VARCHAR(1024),"
                + " app_version VARCHAR(256), level_id VARCHAR(1024), position_x DOUBLE PRECISION,"
                + " position_y DOUBLE PRECISION, session_id VARCHAR(1024), extra VARCHAR(65535))");
    }

    @Override
    public String mergeStagingSql(String stagingRelation, boolean withDrops) {
        String cols = Dialect.eventColumnList();
        return "INSERT INTO game_events (" + cols + ") SELECT " + cols + " FROM " + stagingRelation + " s WHERE "
                + Dialect.notDropped(withDrops)
                + "NOT EXISTS (SELECT 1 FROM game_events g WHERE g.event_id = s.event_id)";
    }
}
