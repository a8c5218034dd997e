package dev.playlens.warehouse;

import dev.playlens.core.sql.Engine;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * DuckDB: native UUID event ids (16 bytes, cheap to hash for the de-duplication joins). Ingestion reads
 * the staging files (typed Parquet columns) straight into the merge with DuckDB's parallel Parquet reader:
 * writing rows into a staging table first would cost as much again as the final insert, and parsing a
 * text staging format cost as much as the insert itself.
 */
public final class DuckDbDialect implements Dialect {
    @Override
    public Engine engine() {
        return Engine.DUCKDB;
    }

    @Override
    public String listTablesSql() {
        // DuckDB lists temp tables under catalog "temp"; only the database's own tables matter here.
        return "SELECT table_schema, table_name, table_type FROM information_schema.tables"
                + " WHERE table_catalog = current_database()"
                + " AND table_schema NOT IN ('information_schema', 'pg_catalog')"
                + " ORDER BY table_schema, table_name";
    }

    @Override
    public String createGameEventsDdl() {
        return "CREATE TABLE IF NOT EXISTS game_events ("
                + "event_id UUID NOT NULL PRIMARY KEY, app_name VARCHAR NOT NULL, event_version VARCHAR NOT NULL,"
                + " event_type VARCHAR NOT NULL, event_timestamp TIMESTAMP NOT NULL, client_id VARCHAR NOT NULL,"
                + " app_version VARCHAR, level_id VARCHAR, position_x DOUBLE, position_y DOUBLE,"
                + " session_id VARCHAR, extra VARCHAR)";
    }

    @Override
    public List<String> createStagingSql() {
        return List.of();
    }

    /** read_parquet over the staging files, in the format {@code StagingFormat.DUCKDB_PARQUET} writes. */
    @Override
    public String stagingRelation(List<Path> stagingFiles) {
        return stagingFiles.stream().map(p -> literal(p.toAbsolutePath().toString()))
                .collect(Collectors.joining(", ", "read_parquet([", "])"));
    }

    @Override
    public String mergeStagingSql(String stagingRelation, boolean withDrops) {
        String cols = Dialect.eventColumnList();
        String select = cols.replace("event_timestamp", "epoch_ms(event_timestamp_ms)");
        return "INSERT INTO game_events (" + cols + ") SELECT " + select + " FROM " + stagingRelation + " s WHERE "
                + Dialect.notDropped(withDrops)
                + "NOT EXISTS (SELECT 1 FROM game_events g WHERE g.event_id = s.event_id)";
    }

    private static String literal(String s) {
        return "'" + s.replace("'", "''") + "'";
    }
}
