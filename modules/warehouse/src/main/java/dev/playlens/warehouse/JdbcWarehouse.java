package dev.playlens.warehouse;

import dev.playlens.core.sql.Engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import java.util.regex.Pattern;

/** A server warehouse (PostgreSQL or Redshift) reached through its JDBC driver; connections are not pooled. */
public final class JdbcWarehouse implements Warehouse {
    private static final Pattern PASSWORD_PARAM = Pattern.compile("(?i)(password=)[^&;]*");

    private final Engine engine;
    private final String url;
    private final Credentials credentials;
    private final Dialect dialect;

    JdbcWarehouse(Engine engine, String url, Credentials credentials, Dialect dialect) {
        this.engine = engine;
        this.url = url;
        this.credentials = credentials;
        this.dialect = dialect;
    }

    @Override
    public Engine engine() {
        return engine;
    }

    @Override
    public String location() {
        return redact(url);
    }

    @Override
    public Connection connect() throws SQLException {
        Properties props = new Properties();
        if (credentials.user() != null) props.setProperty("user", credentials.user());
        if (credentials.password() != null) props.setProperty("password", credentials.password());
        return EngineDrivers.connect(engine, url, props);
    }

    @Override
    public Dialect dialect() {
        return dialect;
    }

    @Override
    public void close() {
        // nothing held between connections
    }

    /** The URL with any {@code password=} parameter masked, for messages and {@link #location()}. */
    static String redact(String url) {
        return PASSWORD_PARAM.matcher(url).replaceAll("$1***");
    }

    @Override
    public String toString() {
        return location();
    }
}
