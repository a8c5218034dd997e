package dev.playlens.warehouse.query;

import java.util.List;

/**
 * How a statement ended: the columns (empty for DML/DDL), rows delivered to the sink, the update count
 * ({@code -1} for queries), whether the sink stopped early, and the wall time.
 */
public record QueryOutcome(List<ResultColumn> columns, long rows, long updateCount, boolean truncated, long elapsedMillis) {
    public QueryOutcome {
        columns = List.copyOf(columns);
    }
}
