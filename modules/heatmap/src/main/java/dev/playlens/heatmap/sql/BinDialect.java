package dev.playlens.heatmap.sql;

import dev.playlens.core.sql.Engine;

/**
 * The few things the bin SQL does differently per engine. The bin arithmetic itself (FLOOR, ABS, CASE,
 * CAST, COUNT(DISTINCT)) is the same on DuckDB, PostgreSQL and Redshift, so it lives once in
 * {@link BinSqlBuilder}.
 */
public enum BinDialect {
    DUCKDB {
        @Override
        public String doubleType() {
            return "DOUBLE";
        }

        @Override
        public boolean streamsOnlyInTransaction() {
            return false; // DuckDB's JDBC result sets stream in chunks by themselves
        }
    },
    POSTGRESQL {
        @Override
        public String doubleType() {
            return "DOUBLE PRECISION";
        }

        @Override
        public boolean streamsOnlyInTransaction() {
            return true; // pgjdbc uses a cursor for setFetchSize only with autocommit off
        }
    },
    REDSHIFT {
        @Override
        public String doubleType() {
            return "DOUBLE PRECISION";
        }

        @Override
        public boolean streamsOnlyInTransaction() {
            return true; // the Redshift driver (a pgjdbc fork) has the same cursor rule
        }
    };

    /** The SQL name of an IEEE double, for casting parameters so every engine types them alike. */
    public abstract String doubleType();

    /** Whether fetch-size streaming needs autocommit off (otherwise the driver buffers the whole result). */
    public abstract boolean streamsOnlyInTransaction();

    /** A timestamp parameter: bound as ISO text in UTC and cast, so no driver time-zone conversion applies. */
    public String timestampParameter() {
        return "CAST(? AS TIMESTAMP)";
    }

    public static BinDialect of(Engine engine) {
        return switch (engine) {
            case DUCKDB -> DUCKDB;
            case POSTGRESQL -> POSTGRESQL;
            case REDSHIFT -> REDSHIFT;
        };
    }
}
