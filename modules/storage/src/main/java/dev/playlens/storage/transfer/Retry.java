package dev.playlens.storage.transfer;

import dev.playlens.core.job.JobCancelledException;
import dev.playlens.storage.StoreException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Retries a unit of work on transient failures with exponential back-off, stopping early on cancel. */
final class Retry {
    interface Work<T> {
        T run() throws IOException;
    }

    private final int attempts;
    private final Duration baseDelay;
    private final BooleanSupplier cancelled;

    Retry(int attempts, Duration baseDelay, BooleanSupplier cancelled) {
        this.attempts = attempts;
        this.baseDelay = baseDelay;
        this.cancelled = cancelled;
    }

    <T> T run(Work<T> work) {
        long delay = Math.max(1, baseDelay.toMillis());
        for (int attempt = 1; ; attempt++) {
            if (cancelled.getAsBoolean()) throw new JobCancelledException();
            try {
                return work.run();
            } catch (StoreException e) {
                if (!e.isTransient() || attempt >= attempts) throw e;
            } catch (IOException e) {
                if (attempt >= attempts) throw new UncheckedIOException(e);
            } catch (UncheckedIOException e) {
                if (attempt >= attempts) throw e;
            }
            sleep(delay);
            delay = Math.min(delay * 2, 30_000);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new JobCancelledException();
        }
    }
}
