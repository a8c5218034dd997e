package dev.playlens.core.job;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/** The application's executor: virtual threads, so a slow query never starves a transfer. */
public final class ThreadPoolJobExecutor extends AbstractJobExecutor {
    private final ExecutorService pool = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("playlens-job-", 0).factory());

    @Override
    public <T> JobHandle<T> submit(String name, Job<T> job) {
        JobHandle<T> handle = register(name);
        pool.execute(() -> handle.runHere(job));
        return handle;
    }

    @Override
    public void close() {
        active().forEach(JobHandle::cancel);
        pool.shutdown();
        try {
            pool.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
