package dev.playlens.warehouse.ingest;

import java.io.IOException;
import java.io.InputStream;

/**
 * One telemetry object to load: a local file, an S3 object, a blob. {@code key} identifies it in the load
 * journal and in reject records; {@code size} and {@code etag} tell whether it changed since it was loaded.
 * {@link #open()} returns the stored bytes (gzip is detected from the content, not the name).
 */
public interface SourceFile {
    String key();

    long size();

    /** A version tag: the object store's ETag, or for local files something that changes with the content. */
    String etag();

    InputStream open() throws IOException;
}
