package dev.playlens.app.heatmaps;

import dev.playlens.core.job.Job;
import dev.playlens.core.job.JobCancelledException;
import dev.playlens.core.job.JobExecutor;
import dev.playlens.core.job.JobHandle;

import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * One kind of job where only the latest request matters: submitting cancels the previous job (its warehouse
 * statement too), and a finished job's result or error is delivered, on the UI thread, only if no newer job
 * was submitted since. Cancellations are never reported as errors.
 */
public final class LatestWins<T> {
    private final JobExecutor executor;
    private final Executor uiThread;
    private JobHandle<T> latest;

    public LatestWins(JobExecutor executor, Executor uiThread) {
        this.executor = executor;
        this.uiThread = uiThread;
    }

    public JobHandle<T> submit(String name, Job<T> job, Consumer<T> onResult, Consumer<Throwable> onError) {
        cancel();
        JobHandle<T> handle = executor.submit(name, job);
        latest = handle;
        handle.result().whenComplete((value, error) -> uiThread.execute(() -> {
            if (handle != latest) return; // a newer request owns the screen
            latest = null;
            Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
            if (cause == null) onResult.accept(value);
            else if (!(cause instanceof JobCancelledException)) onError.accept(cause);
        }));
        return handle;
    }

    /** Cancels the running job, if any; its outcome will not be delivered. */
    public void cancel() {
        JobHandle<T> running = latest;
        latest = null;
        if (running != null) running.cancel();
    }

    public boolean isRunning() {
        return latest != null;
    }
}
