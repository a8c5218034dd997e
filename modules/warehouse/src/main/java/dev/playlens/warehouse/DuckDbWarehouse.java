package dev.playlens.warehouse;

import dev.playlens.core.sql.Engine;
import org.duckdb.DuckDBConnection;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;

/**
 * The embedded DuckDB warehouse. It keeps one root connection open for its lifetime (that holds the
 * database instance and the file lock) and hands out {@link DuckDBConnection#duplicate() duplicates},
 * which share the instance, so every connection sees the same data and temp tables stay per connection.
 */
public final class DuckDbWarehouse implements Warehouse {
    private final Path file;
    private final DuckDBConnection root;
    private final Dialect dialect = new DuckDbDialect();

    private DuckDbWarehouse(Path file, DuckDBConnection root) {
        this.file = file;
        this.root = root;
    }

    /** @param file the database file (created with its folders if missing), or {@code null} for in-memory */
    static DuckDbWarehouse open(Path file) throws SQLException {
        if (file != null && file.getParent() != null) {
            try {
                Files.createDirectories(file.getParent());
            } catch (IOException e) {
                throw new SQLException("cannot create folder " + file.getParent() + ": " + e.getMessage(), e);
            }
        }
        Properties props = new Properties();
        // Stream query results chunk by chunk instead of materialising them: a SELECT * over a big
        // table must not need the whole result in memory.
        props.setProperty("jdbc_stream_results", "true");
        String url = "jdbc:duckdb:" + (file == null ? "" : file.toString());
        Connection c = EngineDrivers.connect(Engine.DUCKDB, url, props);
        return new DuckDbWarehouse(file, c.unwrap(DuckDBConnection.class));
    }

    /** The database file, or {@code null} for an in-memory warehouse. */
    public Path file() {
        return file;
    }

    @Override
    public Engine engine() {
        return Engine.DUCKDB;
    }

    @Override
    public String location() {
        return "duckdb:" + (file == null ? ":memory:" : file.toString());
    }

    @Override
    public DuckDBConnection connect() throws SQLException {
        return root.duplicate();
    }

    @Override
    public Dialect dialect() {
        return dialect;
    }

    @Override
    public void close() throws SQLException {
        root.close();
    }

    @Override
    public String toString() {
        return location();
    }
}
