package dev.playlens.core.job;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A submitted job: its name, state, latest progress, result, and a cancel switch.
 * Cancel is cooperative (the job checks its context) and also interrupts the worker thread so that
 * blocking I/O and JDBC statements that honour interrupts stop promptly.
 */
public final class JobHandle<T> {
    private static final AtomicLong IDS = new AtomicLong();

    private final long id = IDS.incrementAndGet();
    private final String name;
    private final CompletableFuture<T> result = new CompletableFuture<>();
    private final List<JobListener> listeners = new CopyOnWriteArrayList<>();
    private final List<Runnable> cancelHooks = new CopyOnWriteArrayList<>();
    private volatile JobState state = JobState.QUEUED;
    private volatile Progress progress = Progress.NONE;
    private volatile boolean cancelRequested;
    private volatile Thread worker;

    JobHandle(String name) {
        this.name = name;
    }

    public long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public JobState state() {
        return state;
    }

    public Progress progress() {
        return progress;
    }

    public CompletableFuture<T> result() {
        return result;
    }

    public boolean isCancelRequested() {
        return cancelRequested;
    }

    public void addListener(JobListener listener) {
        listeners.add(listener);
    }

    /** Runs {@code hook} when cancel is asked for, e.g. {@code Statement::cancel} for a running query. */
    public void onCancel(Runnable hook) {
        cancelHooks.add(hook);
        if (cancelRequested) hook.run();
    }

    public void cancel() {
        if (state.isFinished() || cancelRequested) return;
        cancelRequested = true;
        cancelHooks.forEach(JobHandle::runQuietly);
        Thread t = worker;
        if (t != null) t.interrupt();
        if (state == JobState.QUEUED) finish(JobState.CANCELLED, null, new JobCancelledException());
    }

    /** Runs the job on the calling thread; executors call this from their worker. */
    void runHere(Job<T> job) {
        if (state != JobState.QUEUED) return;
        worker = Thread.currentThread();
        setState(JobState.RUNNING);
        JobContext context = new JobContext() {
            @Override
            public void progress(long done, long total, String message) {
                Progress p = new Progress(done, total, message == null ? "" : message);
                progress = p;
                listeners.forEach(l -> l.progressed(JobHandle.this, p));
            }

            @Override
            public boolean isCancelled() {
                return cancelRequested;
            }
        };
        try {
            T value = job.run(context);
            if (cancelRequested) {
                finish(JobState.CANCELLED, null, new JobCancelledException());
            } else {
                finish(JobState.SUCCEEDED, value, null);
            }
        } catch (Throwable t) {
            boolean cancelled = cancelRequested || t instanceof JobCancelledException;
            finish(cancelled ? JobState.CANCELLED : JobState.FAILED, null,
                    cancelled ? new JobCancelledException() : t);
        } finally {
            worker = null;
            Thread.interrupted(); // do not leak our interrupt to the pool's next job
        }
    }

    private synchronized void finish(JobState end, T value, Throwable error) {
        if (state.isFinished()) return;
        setState(end);
        if (error == null) result.complete(value);
        else result.completeExceptionally(error);
    }

    private void setState(JobState s) {
        state = s;
        listeners.forEach(l -> l.stateChanged(this, s));
    }

    private static void runQuietly(Runnable r) {
        try {
            r.run();
        } catch (RuntimeException ignored) {
            // a failing cancel hook must not stop the others
        }
    }

    @Override
    public String toString() {
        return "Job#" + id + " " + name + " " + state;
    }
}
