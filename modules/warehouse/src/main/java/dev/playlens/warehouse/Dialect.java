package dev.playlens.warehouse;

import dev.playlens.core.sql.Engine;
import dev.playlens.core.sql.GameEvents;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything that differs between engines as SQL text: catalog listing, the {@code game_events} and
 * journal DDL, the ingestion staging table and the de-duplicating merge. One implementation per engine.
 *
 * <p>Catalog listing goes through {@code information_schema} on purpose: the Redshift driver's
 * {@code DatabaseMetaData} runs Redshift-only SQL that fails against anything else (pgbouncer tests).
 */
public interface Dialect {
    /** The staging table a load fills before the merge (temporary: gone with the session or a crash). */
    String STAGING_TABLE = "playlens_staging";
    /** The load journal, kept in the warehouse so it commits together with the rows it describes. */
    String LOAD_JOURNAL_TABLE = "playlens_load_journal";

    /** game_events columns in table order, staging uses the same order after its leading {@code seq}. */
    List<String> EVENT_COLUMNS = List.of(GameEvents.EVENT_ID, GameEvents.APP_NAME, GameEvents.EVENT_VERSION,
            GameEvents.EVENT_TYPE, GameEvents.EVENT_TIMESTAMP, GameEvents.CLIENT_ID, GameEvents.APP_VERSION,
            GameEvents.LEVEL_ID, GameEvents.POSITION_X, GameEvents.POSITION_Y, GameEvents.SESSION_ID,
            GameEvents.EXTRA);

    Engine engine();

    /** A validated identifier in double quotes (all three engines use standard quoting). */
    default String quote(String identifier) {
        return Identifiers.quote(identifier);
    }

    /** Lists user tables and views: columns table_schema, table_name, table_type. */
    default String listTablesSql() {
        return "SELECT table_schema, table_name, table_type FROM information_schema.tables"
                + " WHERE table_schema NOT IN ('information_schema', 'pg_catalog', 'pg_internal')"
                + " AND table_schema NOT LIKE 'pg_toast%' AND table_schema NOT LIKE 'pg_temp%'"
                + " ORDER BY table_schema, table_name";
    }

    /** Lists one table's columns; parameters: table_schema (or null for any), table_name. */
    default String listColumnsSql() {
        return "SELECT column_name, data_type, is_nullable, ordinal_position FROM information_schema.columns"
                + " WHERE (CAST(? AS VARCHAR) IS NULL OR table_schema = ?) AND table_name = ?"
                + " ORDER BY table_schema, ordinal_position";
    }

    default List<TableInfo> listTables(Connection connection) throws SQLException {
        List<TableInfo> tables = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(listTablesSql());
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) tables.add(new TableInfo(rs.getString(1), rs.getString(2), rs.getString(3)));
        }
        return tables;
    }

    /** Columns of {@code table} in {@code schema} ({@code null} = whichever schema has it first). */
    default List<ColumnInfo> listColumns(Connection connection, String schema, String table) throws SQLException {
        List<ColumnInfo> columns = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(listColumnsSql())) {
            ps.setString(1, schema);
            ps.setString(2, schema);
            ps.setString(3, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int position = rs.getInt(4);
                    if (!columns.isEmpty() && position <= columns.getLast().position()) break; // next schema
                    columns.add(new ColumnInfo(rs.getString(1), rs.getString(2),
                            "YES".equalsIgnoreCase(rs.getString(3)), position));
                }
            }
        }
        return columns;
    }

    /** {@code CREATE TABLE IF NOT EXISTS game_events (…)} with a primary key on event_id where enforced. */
    String createGameEventsDdl();

    /** The load journal: one row per loaded source object (key, size, etag, when, lines read, rejected). */
    default String createLoadJournalDdl() {
        return "CREATE TABLE IF NOT EXISTS " + LOAD_JOURNAL_TABLE + " ("
                + "object_key VARCHAR(1024) NOT NULL PRIMARY KEY, size BIGINT NOT NULL, etag VARCHAR(512),"
                + " loaded_at TIMESTAMP NOT NULL, lines_read BIGINT NOT NULL, rejected BIGINT NOT NULL)";
    }

    /** Temp table of staged rows that are in-batch duplicates (later occurrences), found by the loader. */
    String DROPS_TABLE = "playlens_staging_drops";

    /**
     * (Re)creates the session's temporary staging table: {@code seq} + the event columns, with the
     * timestamp as epoch milliseconds ({@code event_timestamp_ms}) unless the engine loads it otherwise.
     * Empty when the engine reads staging files directly (DuckDB).
     */
    List<String> createStagingSql();

    /** The relation the merge reads staged rows from: the staging table, or DuckDB's reader over the files. */
    default String stagingRelation(List<Path> stagingFiles) {
        return STAGING_TABLE;
    }

    default List<String> createDropsSql() {
        return List.of("DROP TABLE IF EXISTS " + DROPS_TABLE, "CREATE TEMP TABLE " + DROPS_TABLE + " (seq BIGINT NOT NULL)");
    }

    /**
     * Inserts into game_events every staged row that is not listed in the drops table (when
     * {@code withDrops}) and whose event_id the table does not hold yet. The update count is the number
     * of rows inserted. Staged rows carry no in-batch duplicates once the drops are excluded.
     */
    String mergeStagingSql(String stagingRelation, boolean withDrops);

    default String dropStagingSql() {
        return "DROP TABLE IF EXISTS " + STAGING_TABLE;
    }

    /** "NOT EXISTS (drops) AND " or nothing. */
    static String notDropped(boolean withDrops) {
        return withDrops ? "NOT EXISTS (SELECT 1 FROM " + DROPS_TABLE + " d WHERE d.seq = s.seq) AND " : "";
    }

    /** The event columns joined with commas, for INSERT column lists. */
    static String eventColumnList() {
        return String.join(", ", EVENT_COLUMNS);
    }
}
