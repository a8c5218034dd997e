package dev.playlens.app.sql;

import dev.playlens.app.services.QueryService;
import dev.playlens.app.services.QueryService.QueryResult;
import dev.playlens.core.job.JobCancelledException;
import dev.playlens.core.job.JobExecutor;
import dev.playlens.core.job.JobHandle;
import javafx.application.Platform;

import java.util.Locale;
import java.util.concurrent.CompletionException;

/** Runs the editor's SQL as a job (first {@link #MAX_ROWS} rows) and cancels it on request. */
public final class SqlController {
    static final int MAX_ROWS = 10_000;

    private final SqlModel model;
    private final QueryService queries;
    private final JobExecutor executor;
    private JobHandle<QueryResult> running;

    public SqlController(SqlModel model, QueryService queries, JobExecutor executor) {
        this.model = model;
        this.queries = queries;
        this.executor = executor;
    }

    public void run() {
        String sql = model.sql.get() == null ? "" : model.sql.get().strip();
        if (sql.isEmpty() || model.running.get()) return;
        JobHandle<QueryResult> handle = executor.submit("SQL query", ctx -> queries.run(sql, MAX_ROWS, ctx));
        running = handle;
        model.running.set(true);
        model.status.set("Running…");
        handle.result().whenComplete((result, error) -> Platform.runLater(() -> finished(handle, result, error)));
    }

    private void finished(JobHandle<QueryResult> handle, QueryResult result, Throwable error) {
        if (handle != running) return;
        running = null;
        model.running.set(false);
        if (error != null) {
            Throwable t = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
            model.status.set(t instanceof JobCancelledException ? "Cancelled." : "Error: " + t.getMessage());
            return;
        }
        model.columns.setAll(result.columns());
        model.rows.setAll(result.rows());
        if (result.columns().isEmpty()) {
            model.status.set(String.format(Locale.ROOT, "Done in %,d ms%s.", result.elapsedMillis(),
                    result.updateCount() >= 0 ? ", " + result.updateCount() + " rows changed" : ""));
        } else {
            model.status.set(String.format(Locale.ROOT, "%,d rows%s in %,d ms.", result.rows().size(),
                    result.truncated() ? " (first " + MAX_ROWS + " shown)" : "", result.elapsedMillis()));
        }
    }

    public void cancel() {
        if (running != null) running.cancel();
    }
}
