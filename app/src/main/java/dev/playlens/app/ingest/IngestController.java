package dev.playlens.app.ingest;

import dev.playlens.core.job.JobExecutor;
import dev.playlens.core.job.JobHandle;
import dev.playlens.core.job.JobListener;
import dev.playlens.core.job.Progress;
import dev.playlens.warehouse.Warehouse;
import dev.playlens.warehouse.ingest.JsonLinesRejectSink;
import dev.playlens.warehouse.ingest.LoadJournal;
import dev.playlens.warehouse.ingest.LoadReport;
import dev.playlens.warehouse.ingest.TelemetryLoader;
import javafx.application.Platform;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Loads telemetry from the chosen source into the current warehouse's game_events through the warehouse
 * module's {@link TelemetryLoader} (de-duplicated on event_id, journaled, so a re-run inserts nothing new),
 * as one job with progress and cancel. Rejected lines go to the workspace's journal folder.
 */
public final class IngestController {
    private final IngestModel model;
    private final JobExecutor executor;
    private final IngestSources sources;
    private final Supplier<Warehouse> warehouse;
    private final Path rejectsDir;
    private final Runnable loaded;
    private final AtomicBoolean refreshPending = new AtomicBoolean();
    private JobHandle<LoadReport> running;

    /**
     * @param warehouse  the warehouse of the connection in use when Load is pressed
     * @param rejectsDir where a {@code rejects-<time>.jsonl} file is written when lines are rejected
     * @param loaded     called on the FX thread after a load committed (e.g. to refresh the schema tree)
     */
    public IngestController(IngestModel model, JobExecutor executor, IngestSources sources,
                            Supplier<Warehouse> warehouse, Path rejectsDir, Runnable loaded) {
        this.model = model;
        this.executor = executor;
        this.sources = sources;
        this.warehouse = warehouse;
        this.rejectsDir = rejectsDir;
        this.loaded = loaded;
    }

    public JobHandle<LoadReport> start() {
        if (model.running.get()) return running;
        IngestSource source;
        try {
            source = sources.resolve(model.source.get());
        } catch (IllegalArgumentException e) {
            model.message.set(e.getMessage());
            return null;
        }
        Warehouse target = warehouse.get();
        Path rejects = rejectsDir.resolve("rejects-" + Instant.now().toString().replace(':', '-') + ".jsonl");
        JobHandle<LoadReport> handle = executor.submit("Load telemetry from " + source.uri(), ctx -> {
            ctx.progress(0, -1, "listing " + source.uri());
            try (source; JsonLinesRejectSink sink = new JsonLinesRejectSink(rejects)) {
                return new TelemetryLoader(target, new LoadJournal()).load(source.files(), sink, ctx);
            }
        });
        running = handle;
        model.report.set(null);
        model.running.set(true);
        model.progress.set(-1);
        model.message.set("Starting…");
        handle.addListener(new JobListener() {
            @Override
            public void progressed(JobHandle<?> job, Progress p) {
                if (refreshPending.compareAndSet(false, true)) Platform.runLater(() -> showProgress(job));
            }
        });
        handle.result().whenComplete((report, error) -> Platform.runLater(() -> finished(handle, report, error, rejects)));
        return handle;
    }

    private void showProgress(JobHandle<?> job) {
        refreshPending.set(false);
        if (job != running) return;
        Progress p = job.progress();
        model.progress.set(p.fraction());
        model.message.set(p.message());
    }

    private void finished(JobHandle<LoadReport> handle, LoadReport report, Throwable error, Path rejects) {
        if (handle != running) return;
        running = null;
        if (error == null) {
            model.progress.set(1);
            model.report.set(report);
            model.message.set(describe(report) + (report.rejected() > 0 ? "; rejected lines in " + rejects : ""));
            loaded.run();
        } else {
            Throwable t = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
            model.progress.set(0);
            model.message.set(handle.isCancelRequested() ? "Cancelled: nothing of the unfinished batch was kept."
                    : "Load failed: " + (t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage()));
        }
        model.running.set(false);
    }

    public void cancel() {
        if (running != null) running.cancel();
    }

    static String describe(LoadReport r) {
        return String.format(Locale.ROOT, "%,d events read, %,d inserted, %,d duplicates, %,d rejected; "
                        + "files: %,d read, %,d skipped as already loaded",
                r.read(), r.inserted(), r.duplicates(), r.rejected(), r.files(), r.skippedFiles());
    }
}
