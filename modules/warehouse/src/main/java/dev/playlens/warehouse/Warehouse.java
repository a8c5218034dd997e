package dev.playlens.warehouse;

import dev.playlens.core.sql.Engine;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * An open warehouse: where it is, what engine it runs, how to talk to it. {@link #connect()} hands out a
 * new connection each call (the caller closes it); {@link #close()} releases what the warehouse itself
 * holds (for DuckDB, the database file and its lock).
 */
public interface Warehouse extends AutoCloseable {
    Engine engine();

    /** The location it was opened from, e.g. {@code duckdb:/data/warehouse.duckdb}; never contains a password. */
    String location();

    Connection connect() throws SQLException;

    Dialect dialect();

    @Override
    void close() throws SQLException;
}
