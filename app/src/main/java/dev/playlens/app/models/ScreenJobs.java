package dev.playlens.app.models;

import dev.playlens.core.job.Job;
import dev.playlens.core.job.JobCancelledException;
import dev.playlens.core.job.JobExecutor;
import dev.playlens.core.job.JobHandle;
import dev.playlens.core.job.JobListener;
import dev.playlens.core.job.Progress;
import javafx.application.Platform;

import java.util.concurrent.CompletionException;
import java.util.function.Consumer;

/**
 * The screen's one running job at a time, through the app's executor: mirrors its progress into the model
 * (the status bar shows it too), reports failure and cancel in the status line, and hands the result back
 * on the FX thread.
 */
final class ScreenJobs {
    private final ModelsModel model;
    private final JobExecutor executor;
    private JobHandle<?> running;

    ScreenJobs(ModelsModel model, JobExecutor executor) {
        this.model = model;
        this.executor = executor;
    }

    <T> boolean start(String name, Job<T> job, Consumer<T> done) {
        if (running != null) return false;
        JobHandle<T> handle = executor.submit(name, job);
        running = handle;
        String before = model.status.get();
        model.running.set(true);
        model.progress.set(-1);
        model.status.set(name + "…");
        handle.addListener(new JobListener() {
            @Override
            public void progressed(JobHandle<?> h, Progress p) {
                Platform.runLater(() -> {
                    if (running != handle) return;
                    model.progress.set(p.fraction());
                    if (!p.message().isBlank()) model.status.set(p.message());
                });
            }
        });
        handle.result().whenComplete((value, error) -> Platform.runLater(() -> finished(handle, value, error, before, done)));
        return true;
    }

    private <T> void finished(JobHandle<T> handle, T value, Throwable error, String before, Consumer<T> done) {
        if (running != handle) return;
        running = null;
        if (error != null) {
            Throwable t = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
            model.status.set(t instanceof JobCancelledException ? handle.name() + ": cancelled."
                    : handle.name() + " failed: " + t.getMessage());
        } else {
            model.status.set(before); // a quiet job (re-reading the registry) leaves the last message standing
            try {
                done.accept(value);
            } catch (RuntimeException e) {
                model.status.set(handle.name() + " failed: " + e.getMessage());
            }
        }
        // Only now, so whoever watches "running" sees the results already in place; unless done started a follow-up.
        if (running == null) {
            model.running.set(false);
            model.progress.set(0);
        }
    }

    /** Shows a problem found before a job starts (bad input), the same way a failed job does. */
    void reject(String message) {
        model.status.set(message);
    }

    void cancel() {
        if (running != null) running.cancel();
    }
}
