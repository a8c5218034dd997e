package dev.playlens.ml.data;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * Opens a JDBC connection for a warehouse location. The warehouse module supplies the full version
 * (PostgreSQL/Redshift credentials from the keychain); {@link #duckdbOnly()} covers the embedded warehouse.
 */
@FunctionalInterface
public interface WarehouseConnector {

    Connection open(String location) throws SQLException;

    static WarehouseConnector duckdbOnly() {
        return location -> {
            if (location.startsWith("duckdb:")) {
                return DriverManager.getConnection("jdbc:duckdb:" + location.substring("duckdb:".length()));
            }
            if (location.startsWith("jdbc:duckdb:")) return DriverManager.getConnection(location);
            throw new IllegalArgumentException("--warehouse: only duckdb:PATH can be opened here, got " + location);
        };
    }
}
