package dev.playlens.warehouse.ingest;

import dev.playlens.core.job.JobContext;

import java.util.concurrent.atomic.AtomicLong;

/**
 * A load's progress in stored bytes (compressed size for .gz) over all its files. Worker threads add what
 * they read; only the loader's own thread reports to the job, so listeners see one thread.
 */
final class LoadProgress {
    private final JobContext ctx;
    private final long totalBytes;
    private final AtomicLong done = new AtomicLong();

    LoadProgress(JobContext ctx, long totalBytes) {
        this.ctx = ctx;
        this.totalBytes = totalBytes;
    }

    void add(long bytes) {
        done.addAndGet(bytes);
    }

    void report(String message) {
        ctx.progress(Math.min(totalBytes, done.get()), totalBytes, message);
    }

    /** Tracks one file's stream and adds only what was read since the last call. */
    final class FileTracker {
        private final CountingInputStream in;
        private long reported;

        FileTracker(CountingInputStream in) {
            this.in = in;
        }

        void update() {
            long now = in.count();
            add(now - reported);
            reported = now;
        }
    }
}
