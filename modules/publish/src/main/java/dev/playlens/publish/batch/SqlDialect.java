package dev.playlens.publish.batch;

import java.util.Locale;

/** The few statements that differ between the engines a predictions table can live in. */
public enum SqlDialect {
    DUCKDB("VARCHAR", "DOUBLE", "TIMESTAMP", "CREATE TEMP TABLE"),
    POSTGRESQL("VARCHAR(256)", "DOUBLE PRECISION", "TIMESTAMP", "CREATE TEMP TABLE"),
    REDSHIFT("VARCHAR(256)", "DOUBLE PRECISION", "TIMESTAMP", "CREATE TEMP TABLE"),
    MARIADB("VARCHAR(255)", "DOUBLE", "DATETIME(6)", "CREATE TEMPORARY TABLE");

    private final String text;
    private final String real;
    private final String timestamp;
    private final String createTemp;

    SqlDialect(String text, String real, String timestamp, String createTemp) {
        this.text = text;
        this.real = real;
        this.timestamp = timestamp;
        this.createTemp = createTemp;
    }

    /** From a JDBC URL (or {@code duckdb:PATH}); MySQL URLs are served by the MariaDB driver. */
    public static SqlDialect fromUrl(String url) {
        String u = url.toLowerCase(Locale.ROOT);
        if (u.startsWith("duckdb:") || u.startsWith("jdbc:duckdb:")) return DUCKDB;
        if (u.startsWith("jdbc:postgresql:")) return POSTGRESQL;
        if (u.startsWith("jdbc:redshift:")) return REDSHIFT;
        if (u.startsWith("jdbc:mariadb:") || u.startsWith("jdbc:mysql:")) return MARIADB;
        throw new IllegalArgumentException("--to " + url + ": unsupported database (use duckdb:PATH, jdbc:postgresql:, "
                + "jdbc:redshift:, jdbc:mariadb: or jdbc:mysql:)");
    }

    /** Column list of the predictions table, in the order every writer uses. */
    public static final String COLUMNS = "model, version, user_id, score, label, cluster, scored_at";

    public String columnDefinitions() {
        return "model " + text + " NOT NULL, version INTEGER NOT NULL, user_id " + text + " NOT NULL, score " + real
                + ", label INTEGER, cluster INTEGER, scored_at " + timestamp + " NOT NULL";
    }

    public String createTable(String table) {
        return "CREATE TABLE IF NOT EXISTS " + table + " (" + columnDefinitions() + ")";
    }

    public String createStaging(String staging) {
        return createTemp + " " + staging + " (" + columnDefinitions() + ")";
    }

    /**
     * Serialises concurrent publishes of the same table inside the swap transaction (readers still read): without
     * it a second publisher's DELETE, under READ COMMITTED, would miss rows the first just committed. InnoDB's
     * DELETE takes next-key locks and DuckDB aborts conflicting writers, so they need nothing; null then.
     */
    String lockForSwap(String table) {
        return switch (this) {
            case POSTGRESQL -> "LOCK TABLE " + table + " IN SHARE ROW EXCLUSIVE MODE";
            case REDSHIFT -> "LOCK " + table;
            case DUCKDB, MARIADB -> null;
        };
    }

    /** Rows per multi-row INSERT for engines without a bulk path here: 7 parameters a row, under every driver's limit. */
    int rowsPerInsert() {
        return this == MARIADB ? 1000 : 500;
    }
}
