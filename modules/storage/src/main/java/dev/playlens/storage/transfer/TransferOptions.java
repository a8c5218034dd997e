package dev.playlens.storage.transfer;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How to run a transfer.
 *
 * @param parallel     objects copied at once, and parts of one large object uploaded at once
 * @param partSize     part/block size for large objects (S3 needs ≥ 5 MiB)
 * @param journalDir   folder for the resume journal (e.g. the workspace's journal/); null = no resume
 * @param attempts     tries per unit of work (an object or a part) on transient errors, on top of the SDK's own retries
 * @param retryDelay   first back-off delay, doubled on each retry
 */
public record TransferOptions(int parallel, long partSize, Path journalDir, int attempts, Duration retryDelay) {
    public static final long DEFAULT_PART_SIZE = 16L << 20;

    public TransferOptions {
        if (parallel < 1 || parallel > 64) throw new IllegalArgumentException("--parallel must be 1..64, got " + parallel);
        if (partSize < (1 << 20) || partSize > (512L << 20))
            throw new IllegalArgumentException("part size must be 1 MiB..512 MiB, got " + partSize);
        if (attempts < 1) throw new IllegalArgumentException("attempts must be ≥ 1");
    }

    public static TransferOptions defaults(Path journalDir) {
        return new TransferOptions(4, DEFAULT_PART_SIZE, journalDir, 3, Duration.ofMillis(500));
    }

    public TransferOptions withParallel(int n) {
        return new TransferOptions(n, partSize, journalDir, attempts, retryDelay);
    }

    public TransferOptions withPartSize(long bytes) {
        return new TransferOptions(parallel, bytes, journalDir, attempts, retryDelay);
    }

    public TransferOptions withRetries(int tries, Duration delay) {
        return new TransferOptions(parallel, partSize, journalDir, tries, delay);
    }
}
