package dev.playlens.warehouse.ingest;

import java.nio.file.Path;

/**
 * Tuning for {@link TelemetryLoader}.
 *
 * @param batchRows   accepted events after which a batch is merged and committed (always at a file boundary)
 * @param parallelism threads that parse files (each file is parsed by one thread)
 * @param stagingDir  where temporary staging files go ({@code null}: the system temp folder); they are
 *                    deleted when their batch is done
 * @param redshiftS3  for a real Redshift cluster: where to stage batches in S3 for COPY ({@code null}: multi-row
 *                    INSERTs, fine for small loads and the only way through pgbouncer)
 */
public record LoadOptions(long batchRows, int parallelism, Path stagingDir, RedshiftCopyPlan.S3Staging redshiftS3) {
    /**
     * Each batch's merge reads every event id already in the table, so fewer, larger batches cost less in
     * all (10M events into DuckDB: 19.5 CPU-s with 5M-row batches, 20.5 with 2M); the loader holds about
     * 60 bytes per staged event of the batch in memory.
     */
    public static final long DEFAULT_BATCH_ROWS = 5_000_000;

    public LoadOptions {
        if (batchRows < 1) throw new IllegalArgumentException("batchRows must be positive: " + batchRows);
        if (parallelism < 1) throw new IllegalArgumentException("parallelism must be positive: " + parallelism);
    }

    public static LoadOptions defaults() {
        return new LoadOptions(DEFAULT_BATCH_ROWS, Math.min(4, Runtime.getRuntime().availableProcessors()), null, null);
    }

    public LoadOptions withBatchRows(long rows) {
        return new LoadOptions(rows, parallelism, stagingDir, redshiftS3);
    }

    public LoadOptions withParallelism(int threads) {
        return new LoadOptions(batchRows, threads, stagingDir, redshiftS3);
    }

    public LoadOptions withStagingDir(Path dir) {
        return new LoadOptions(batchRows, parallelism, dir, redshiftS3);
    }

    public LoadOptions withRedshiftS3(RedshiftCopyPlan.S3Staging staging) {
        return new LoadOptions(batchRows, parallelism, stagingDir, staging);
    }
}
