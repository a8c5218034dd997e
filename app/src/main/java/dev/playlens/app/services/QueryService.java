package dev.playlens.app.services;

import dev.playlens.core.job.JobContext;

import java.util.List;

/** Runs one SQL statement against the workspace warehouse and returns its first rows (for the SQL screen). */
public interface QueryService {

    /** Runs {@code sql} keeping at most {@code maxRows} rows; a cancel of the job stops the statement. */
    QueryResult run(String sql, int maxRows, JobContext ctx) throws Exception;

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
