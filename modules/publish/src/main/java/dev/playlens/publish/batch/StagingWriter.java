package dev.playlens.publish.batch;

import dev.playlens.publish.Prediction;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** Streams predictions into the staging table by the fastest path the engine offers. */
interface StagingWriter {

    void write(List<Prediction> batch) throws SQLException;

    /** Flushes what is buffered; returns the number of rows staged. */
    long finish() throws SQLException;

    /** Stops a half-written stage so the connection is usable (or closable) again; never throws. */
    default void abort() {
    }

    static StagingWriter create(SqlDialect dialect, Connection c, String staging) throws SQLException {
        return switch (dialect) {
            case DUCKDB -> new DuckDbAppenderWriter(c, staging);
            case POSTGRESQL -> new PostgresCopyWriter(c, staging);
            case REDSHIFT, MARIADB -> new MultiRowInsertWriter(c, staging, dialect.rowsPerInsert());
        };
    }
}
