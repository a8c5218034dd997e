package dev.playlens.warehouse.query;

import dev.playlens.core.job.JobCancelledException;
import dev.playlens.core.job.JobContext;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs JDBC work on its own platform thread while the job's thread waits. Jobs run on virtual threads,
 * and interrupting a virtual thread blocked in socket I/O closes the socket — it would kill the connection.
 * Here a cancel (the job's flag, or an interrupt of the waiting thread) becomes {@link Statement#cancel()}
 * instead; the waiter then waits for the work to stop and throws {@link JobCancelledException}, leaving the
 * connection open and usable.
 */
final class CancellableStatement {
    @FunctionalInterface
    interface Work<T> {
        T run(AtomicReference<Statement> statement, AtomicBoolean cancelled) throws Exception;
    }

    private static final long POLL_MILLIS = 20;

    private CancellableStatement() {
    }

    static <T> T run(Work<T> work, JobContext ctx) throws SQLException {
        AtomicReference<Statement> statement = new AtomicReference<>();
        AtomicBoolean cancelled = new AtomicBoolean();
        CompletableFuture<T> result = new CompletableFuture<>();
        Thread.ofPlatform().daemon().name("playlens-sql").start(() -> {
            try {
                result.complete(work.run(statement, cancelled));
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return result.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    if (!cancelled.get() && ctx.isCancelled()) cancel(statement, cancelled);
                } catch (InterruptedException e) {
                    interrupted = true;
                    cancel(statement, cancelled);
                } catch (ExecutionException e) {
                    if (cancelled.get()) {
                        JobCancelledException c = new JobCancelledException();
                        c.addSuppressed(e.getCause());
                        throw c;
                    }
                    throw rethrow(e.getCause());
                }
            }
        } finally {
            if (interrupted) Thread.currentThread().interrupt();
        }
    }

    private static void cancel(AtomicReference<Statement> statement, AtomicBoolean cancelled) {
        cancelled.set(true);
        Statement st = statement.get();
        if (st == null) return; // not started yet: the work sees the flag
        try {
            st.cancel();
        } catch (SQLException ignored) {
            // already finished: the flag still turns the outcome into a cancel
        }
    }

    private static SQLException rethrow(Throwable t) {
        if (t instanceof SQLException s) return s;
        if (t instanceof RuntimeException r) throw r;
        if (t instanceof Error e) throw e;
        return new SQLException(t.getMessage(), t);
    }
}
