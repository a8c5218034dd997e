package dev.playlens.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Starts every server process from one long-lived daemon thread. The parent-death signal that
 * {@link ServerUser#wrap} asks for fires when the <em>thread</em> that forked the child ends, so spawning from a
 * short-lived test thread (a JUnit timeout thread, say) would kill the server early.
 */
final class ProcessSpawner implements AutoCloseable {
    private final ExecutorService thread = Executors.newSingleThreadExecutor(runnable -> {
        Thread t = new Thread(runnable, "playlens-server-spawner");
        t.setDaemon(true);
        return t;
    });

    Process start(ProcessBuilder builder) {
        try {
            return thread.submit(builder::start).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting " + builder.command(), e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw new UncheckedIOException("cannot start " + String.join(" ", builder.command()), io);
            }
            throw new IllegalStateException("cannot start " + builder.command(), cause);
        }
    }

    /** Stops the spawner thread; only after the servers it started have been stopped. */
    @Override
    public void close() {
        thread.shutdownNow();
    }
}
