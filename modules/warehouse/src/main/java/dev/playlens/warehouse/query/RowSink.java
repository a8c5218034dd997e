package dev.playlens.warehouse.query;

import java.util.List;

/** Receives a query's rows as they stream in. Values are converted by {@link ResultValues}. */
public interface RowSink {
    /** Called once before the first row (also for results with no rows). */
    default void start(List<ResultColumn> columns) throws Exception {
    }

    /** One row; the array is the sink's to keep. Return {@code false} to stop reading (the rest is skipped). */
    boolean row(Object[] values) throws Exception;
}
