package dev.playlens.core.sql;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/**
 * The SQL engines Playlens speaks to. Modules that push SQL down (ingestion, heatmap bins, feature
 * queries) switch on this to pick their per-engine dialect class.
 */
public enum Engine {
    DUCKDB, POSTGRESQL, REDSHIFT;

    /** Recognises the engine from a JDBC URL or a {@code duckdb:PATH} location. */
    public static Engine fromLocation(String location) {
        String l = location.toLowerCase(Locale.ROOT);
        if (l.startsWith("duckdb:") || l.startsWith("jdbc:duckdb:")) return DUCKDB;
        if (l.startsWith("jdbc:postgresql:")) return POSTGRESQL;
        if (l.startsWith("jdbc:redshift:")) return REDSHIFT;
        throw new IllegalArgumentException("unknown warehouse location '" + location
                + "': expected duckdb:PATH, jdbc:postgresql://… or jdbc:redshift://…");
    }

    public static Engine of(Connection connection) throws SQLException {
        return fromLocation(connection.getMetaData().getURL());
    }
}
