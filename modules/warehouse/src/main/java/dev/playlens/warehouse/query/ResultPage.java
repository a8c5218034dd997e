package dev.playlens.warehouse.query;

import java.util.List;

/** The first rows of a result, for a grid: {@code truncated} when the query had more than were kept. */
public record ResultPage(List<ResultColumn> columns, List<Object[]> rows, boolean truncated, long updateCount,
                         long elapsedMillis) {
    public ResultPage {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }
}
