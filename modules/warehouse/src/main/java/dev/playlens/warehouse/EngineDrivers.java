package dev.playlens.warehouse;

import dev.playlens.core.sql.Engine;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Properties;

/**
 * Connects through the engine's own JDBC driver rather than {@code DriverManager}, whose first use loads every
 * driver on the class path — the Redshift driver's signed jar alone costs ~0.1 s of signature checks on each
 * start of a command that never talks to Redshift.
 */
final class EngineDrivers {
    private EngineDrivers() {
    }

    static Connection connect(Engine engine, String url, Properties props) throws SQLException {
        Driver driver = switch (engine) {
            case DUCKDB -> new org.duckdb.DuckDBDriver();
            case POSTGRESQL -> new org.postgresql.Driver();
            case REDSHIFT -> new com.amazon.redshift.Driver();
        };
        Connection c = driver.connect(url, props);
        if (c == null) {
            throw new SQLException("not a " + engine.name().toLowerCase(Locale.ROOT) + " JDBC URL: "
                    + JdbcWarehouse.redact(url), "08001");
        }
        return c;
    }
}
