package dev.playlens.app.sql;

import dev.playlens.app.services.QueryService;
import dev.playlens.core.job.JobCancelledException;
import dev.playlens.core.job.JobExecutor;
import dev.playlens.core.job.JobHandle;
import dev.playlens.warehouse.query.QueryOutcome;
import dev.playlens.warehouse.query.ResultColumn;
import dev.playlens.warehouse.query.RowSink;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.util.Duration;

import dev.playlens.warehouse.query.ExportFormat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletionException;

/**
 * Runs a statement as a job, streaming its rows page by page into the grid while the elapsed time ticks, and
 * cancels it through the driver on request. Keeps at most {@link #MAX_GRID_ROWS} rows in the grid (Export
 * runs the statement again in full). Reloads the history after every run.
 */
public final class SqlController {
    static final int MAX_GRID_ROWS = 2_000_000;

    private final SqlModel model;
    private final JobExecutor executor;
    private final Timeline ticker;
    private QueryService queries;
    private JobHandle<QueryOutcome> running;
    private long startedNanos;
    private PagedRows.Buffer current;
    private boolean shown;

    public SqlController(SqlModel model, QueryService queries, JobExecutor executor) {
        this.model = model;
        this.executor = executor;
        this.ticker = new Timeline(new KeyFrame(Duration.millis(100), e -> tick()));
        ticker.setCycleCount(Timeline.INDEFINITE);
        use(queries, queries.location());
    }

    /** Switches the warehouse the workbench runs on (the connection chooser), cancelling a running query. */
    public void use(QueryService service, String label) {
        cancel();
        this.queries = service;
        model.connection.set(label);
        if (shown) {
            refreshSchema();
            refreshHistory();
        }
    }

    /** The view is built: read schema and history now (not when the workspace opens, where nobody looks yet). */
    public void viewShown() {
        if (shown) return;
        shown = true;
        refreshSchema();
        refreshHistory();
    }

    /** Reads the tables and columns of the warehouse in use again (after a load or DDL). */
    public void refreshSchema() {
        new SchemaLoader(model, executor).load(queries);
    }

    public QueryService queries() {
        return queries;
    }

    /** Runs one statement (the view passes the selection or the statement under the cursor). */
    public void run(String statement) {
        String sql = statement == null ? "" : statement.strip();
        if (sql.isEmpty() || model.running.get()) return;
        PagedRows.Buffer buffer = model.rows.reset();
        model.resultColumns.clear();
        model.columns.clear();
        model.truncated.set(false);
        model.error.set(null);
        model.resultSql.set(sql);
        QueryService service = queries;
        JobHandle<QueryOutcome> handle = executor.submit("SQL: " + firstLine(sql),
                ctx -> service.stream(sql, new GridSink(buffer, ctx), ctx));
        running = handle;
        current = buffer;
        model.running.set(true);
        startedNanos = System.nanoTime();
        model.elapsedMillis.set(0);
        model.status.set("Running…");
        ticker.play();
        handle.result().whenComplete((outcome, error) -> Platform.runLater(() -> finished(handle, buffer, outcome, error)));
    }

    /** Streams rows into the buffer on the job's thread; the FX thread shows them a page at a time. */
    private final class GridSink implements RowSink {
        private final PagedRows.Buffer buffer;
        private final dev.playlens.core.job.JobContext ctx;

        GridSink(PagedRows.Buffer buffer, dev.playlens.core.job.JobContext ctx) {
            this.buffer = buffer;
            this.ctx = ctx;
        }

        @Override
        public void start(List<ResultColumn> columns) {
            Platform.runLater(() -> showColumns(columns));
        }

        @Override
        public boolean row(Object[] values) {
            if (buffer.written() >= MAX_GRID_ROWS) return false;
            buffer.append(values);
            int n = buffer.written();
            if (n % PagedRows.PAGE_SIZE == 0) {
                Platform.runLater(() -> model.rows.publish(buffer));
                ctx.progress(n, -1, String.format(Locale.ROOT, "%,d rows", n));
            }
            return true;
        }
    }

    private void showColumns(List<ResultColumn> columns) {
        model.resultColumns.setAll(columns);
        model.columns.setAll(columns.stream().map(ResultColumn::name).toList());
    }

    private void tick() {
        if (model.running.get()) model.elapsedMillis.set((System.nanoTime() - startedNanos) / 1_000_000);
        if (running != null && current != null) {
            model.rows.publish(current);
            model.status.set(String.format(Locale.ROOT, "Running… %.1f s, %,d rows", model.elapsedMillis.get() / 1000.0,
                    model.rows.size()));
        }
    }

    private void finished(JobHandle<QueryOutcome> handle, PagedRows.Buffer buffer, QueryOutcome outcome, Throwable error) {
        if (handle != running) return;
        running = null;
        ticker.stop();
        model.rows.publish(buffer);
        refreshHistory();
        if (error != null) {
            String m = message(error);
            model.status.set("cancelled".equals(m) ? "Cancelled." : "Error: " + m);
            if (!"cancelled".equals(m)) model.error.set(m);
        } else if (outcome.columns().isEmpty()) {
            model.elapsedMillis.set(outcome.elapsedMillis());
            model.status.set(String.format(Locale.ROOT, "Done in %,d ms%s.", outcome.elapsedMillis(),
                    outcome.updateCount() >= 0 ? ", " + count(outcome.updateCount(), "row") + " changed" : ""));
            new SchemaLoader(model, executor).load(queries); // DDL may have changed the tables
        } else {
            model.elapsedMillis.set(outcome.elapsedMillis());
            model.truncated.set(outcome.truncated());
            model.status.set(String.format(Locale.ROOT, "%s%s · %s · %,d ms", count(outcome.rows(), "row"),
                    outcome.truncated() ? String.format(Locale.ROOT, " (first %,d kept; Export writes all)", MAX_GRID_ROWS) : "",
                    count(outcome.columns().size(), "column"), outcome.elapsedMillis()));
        }
        model.running.set(false); // last: whoever waits for the end sees the final status and rows
    }

    /** Runs the result's statement again in full into {@code file} (CSV, JSON lines or Parquet) as a job. */
    public JobHandle<Long> export(Path file, ExportFormat format) {
        String sql = model.resultSql.get();
        if (sql == null) {
            model.status.set("Run a query first, then export its result.");
            return null;
        }
        QueryService service = queries;
        JobHandle<Long> handle = executor.submit("Export to " + file.getFileName(),
                ctx -> service.export(sql, file, format, ctx));
        model.status.set("Exporting to " + file + "…");
        handle.result().whenComplete((rows, error) -> Platform.runLater(() -> model.status.set(error == null
                ? String.format(Locale.ROOT, "Exported %,d rows to %s", rows, file)
                : "Export failed: " + message(error))));
        return handle;
    }

    static String message(Throwable error) {
        Throwable t = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (t instanceof JobCancelledException) return "cancelled";
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    public void cancel() {
        if (running != null) running.cancel();
    }

    /** Reloads the workspace's query history (newest first) in a job. */
    public void refreshHistory() {
        QueryService service = queries;
        executor.submit("Read the query history", ctx -> service.history(500)).result()
                .whenComplete((entries, error) -> Platform.runLater(() -> {
                    if (entries != null && service == queries) model.history.setAll(entries);
                }));
    }

    static String count(long n, String noun) {
        return String.format(Locale.ROOT, "%,d %s%s", n, noun, n == 1 ? "" : "s");
    }

    static String firstLine(String sql) {
        String line = sql.strip().lines().findFirst().orElse("");
        return line.length() > 60 ? line.substring(0, 57) + "…" : line;
    }
}
