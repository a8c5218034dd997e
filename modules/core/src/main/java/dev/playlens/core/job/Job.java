package dev.playlens.core.job;

/**
 * A long operation: a transfer, a load, a query, a training run, a publish.
 * It reports progress and checks for cancellation through its {@link JobContext}.
 */
@FunctionalInterface
public interface Job<T> {
    T run(JobContext context) throws Exception;
}
