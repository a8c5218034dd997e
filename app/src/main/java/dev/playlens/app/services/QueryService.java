package dev.playlens.app.services;

import dev.playlens.core.job.JobContext;
import dev.playlens.core.sql.Engine;
import dev.playlens.warehouse.ColumnInfo;
import dev.playlens.warehouse.TableInfo;
import dev.playlens.warehouse.query.ExportFormat;
import dev.playlens.warehouse.query.QueryHistory;
import dev.playlens.warehouse.query.QueryOutcome;
import dev.playlens.warehouse.query.RowSink;

import java.nio.file.Path;
import java.util.List;

/**
 * The SQL workbench's access to one warehouse: run statements (first rows, or every row streamed), list the
 * schema, export a result, read the workspace's query history. Every method is blocking and meant to run in
 * a job; a cancel of the job stops the running statement.
 */
public interface QueryService extends AutoCloseable {

    /** Runs {@code sql} keeping at most {@code maxRows} rows; a cancel of the job stops the statement. */
    QueryResult run(String sql, int maxRows, JobContext ctx) throws Exception;

    /** Runs {@code sql} streaming every row to {@code sink} (fetch-size streaming); recorded in the history. */
    QueryOutcome stream(String sql, RowSink sink, JobContext ctx) throws Exception;

    /** Writes the full result of {@code sql} to {@code file}; returns the number of rows written. */
    long export(String sql, Path file, ExportFormat format, JobContext ctx) throws Exception;

    /** User tables and views with their columns, schema by schema. */
    List<SchemaTable> schema(JobContext ctx) throws Exception;

    /** Up to {@code limit} runs of this workspace, newest first. */
    List<QueryHistory.Entry> history(int limit) throws Exception;

    Engine engine();

    /** Where the queries run, without any password (for the toolbar and messages). */
    String location();

    /** Releases the connection the service keeps between runs; the warehouse itself stays open. */
    @Override
    default void close() {
    }

    /** A table or view and its columns. */
    record SchemaTable(TableInfo table, List<ColumnInfo> columns) {
        public SchemaTable {
            columns = List.copyOf(columns);
        }
    }

    /**
     * @param truncated true when the statement produced more rows than were fetched
     * @param updateCount rows changed by a statement without a result set, else -1
     */
    record QueryResult(List<String> columns, List<List<Object>> rows, boolean truncated, long updateCount,
                       long elapsedMillis) {
        public QueryResult {
            columns = List.copyOf(columns);
            rows = List.copyOf(rows);
        }
    }
}
