package dev.playlens.warehouse;

import dev.playlens.core.sql.Engine;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * Opens warehouses from a location string: {@code duckdb:PATH} (file created if missing; {@code duckdb:}
 * or {@code duckdb::memory:} for a private in-memory database), {@code jdbc:postgresql://…} or
 * {@code jdbc:redshift://…}. A plain factory: every call opens a new, independent warehouse.
 */
public final class Warehouses {
    private Warehouses() {
    }

    /**
     * @throws IllegalArgumentException when the location is not one of the three forms
     * @throws WarehouseException       when the database cannot be opened or reached
     */
    public static Warehouse open(String location, Credentials credentials) {
        Engine engine = Engine.fromLocation(location);
        Credentials creds = credentials == null ? Credentials.none() : credentials;
        try {
            return switch (engine) {
                case DUCKDB -> DuckDbWarehouse.open(duckDbPath(location));
                case POSTGRESQL -> probed(new JdbcWarehouse(engine, location, creds, new PostgresDialect()));
                case REDSHIFT -> openRedshift(location, creds);
            };
        } catch (SQLException e) {
            throw new WarehouseException("cannot open warehouse " + JdbcWarehouse.redact(location) + ": "
                    + e.getMessage(), e);
        }
    }

    /** The DuckDB file of a {@code duckdb:PATH} / {@code jdbc:duckdb:PATH} location, or {@code null} for in-memory. */
    static Path duckDbPath(String location) {
        String rest = location.toLowerCase(Locale.ROOT).startsWith("jdbc:duckdb:")
                ? location.substring("jdbc:duckdb:".length())
                : location.substring("duckdb:".length());
        if (rest.startsWith("//")) rest = rest.substring(2); // duckdb:///abs/path written URI-style
        if (rest.isEmpty() || rest.equals(":memory:")) return null;
        return Path.of(rest).toAbsolutePath().normalize();
    }

    /** Connects once so that a wrong host, database or password fails here, with the location in the message. */
    private static Warehouse probed(JdbcWarehouse w) throws SQLException {
        try (Connection ignored = w.connect()) {
            return w;
        }
    }

    /** Probes the server once: the Redshift driver also fronts PostgreSQL in tests (through pgbouncer). */
    private static Warehouse openRedshift(String location, Credentials creds) throws SQLException {
        JdbcWarehouse probe = new JdbcWarehouse(Engine.REDSHIFT, location, creds, new RedshiftDialect(false));
        boolean real;
        try (Connection c = probe.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT version()")) {
            real = rs.next() && rs.getString(1).toLowerCase(Locale.ROOT).contains("redshift");
        }
        return real ? new JdbcWarehouse(Engine.REDSHIFT, location, creds, new RedshiftDialect(true)) : probe;
    }
}
