package dev.playlens.warehouse.ingest;

import java.io.IOException;
import java.io.OutputStream;

/**
 * How staging files are written: PostgreSQL (and the Redshift paths) take COPY's text format, DuckDB reads
 * typed binary columns from Parquet.
 */
enum StagingFormat {
    POSTGRES_TEXT, DUCKDB_PARQUET;

    String extension() {
        return this == POSTGRES_TEXT ? ".tsv" : ".parquet";
    }

    /** A writer onto {@code out}; {@code finished}, the same thread's previous writer, lends its buffers. */
    StagingRows open(OutputStream out, StagingRows finished) throws IOException {
        return this == POSTGRES_TEXT ? new StagingRowEncoder(out)
                : new ParquetStagingWriter(out, finished instanceof ParquetStagingWriter p ? p : null);
    }
}
