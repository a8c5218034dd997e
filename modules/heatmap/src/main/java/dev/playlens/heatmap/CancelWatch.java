package dev.playlens.heatmap;

import dev.playlens.core.job.JobContext;

import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Cancels a running statement as soon as its job is cancelled, so a long warehouse query stops even when
 * the caller wired no cancel hook: a virtual thread polls the job context while the statement runs.
 * Closing the watch guarantees no cancel arrives afterwards (a late cancel could hit the connection's next
 * statement on some drivers).
 */
final class CancelWatch implements AutoCloseable {
    private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

    private final Thread watcher;
    private boolean done;

    CancelWatch(Statement statement, JobContext ctx) {
        watcher = Thread.ofVirtual().name("heatmap-cancel-watch").start(() -> {
            while (true) {
                synchronized (this) {
                    if (done) return;
                    if (ctx.isCancelled()) {
                        StatementCancelHook.cancelQuietly(statement);
                        return;
                    }
                }
                LockSupport.parkNanos(POLL_NANOS);
            }
        });
    }

    @Override
    public void close() {
        synchronized (this) {
            done = true;
        }
        LockSupport.unpark(watcher);
    }
}
