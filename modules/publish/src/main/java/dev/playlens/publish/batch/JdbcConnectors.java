package dev.playlens.publish.batch;

import dev.playlens.ml.data.WarehouseConnector;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;

/**
 * A connector for the publish targets when the app does not inject the warehouse module's (keychain) one:
 * {@code duckdb:PATH}, or a JDBC URL with the user and password from PLAYLENS_DB_USER / PLAYLENS_DB_PASSWORD
 * when set (else whatever the URL carries).
 */
public final class JdbcConnectors {
    private JdbcConnectors() {
    }

    public static WarehouseConnector fromEnvironment(Map<String, String> env) {
        return location -> open(location, env.get("PLAYLENS_DB_USER"), env.get("PLAYLENS_DB_PASSWORD"));
    }

    public static WarehouseConnector withCredentials(String user, String password) {
        return location -> open(location, user, password);
    }

    private static Connection open(String location, String user, String password) throws SQLException {
        if (location.startsWith("duckdb:")) return DriverManager.getConnection("jdbc:duckdb:" + location.substring(7));
        if (location.startsWith("jdbc:duckdb:")) return DriverManager.getConnection(location);
        if (user != null) return DriverManager.getConnection(location, user, password);
        return DriverManager.getConnection(location);
    }
}
