package dev.playlens.app.ingest;

import dev.playlens.warehouse.ingest.SourceFile;

import java.io.IOException;
import java.util.List;

/** Where a load reads telemetry from: a local folder or file, or a bucket prefix (kept open while it loads). */
public interface IngestSource extends AutoCloseable {
    /** The location as the user gave it (path or URI), for messages and the dialog. */
    String uri();

    /** The telemetry files under the location, in the order "first occurrence wins" follows. */
    List<SourceFile> files() throws IOException;

    /** Releases what reading the files needed (cloud clients); called once the load is over. */
    @Override
    default void close() {
    }
}
