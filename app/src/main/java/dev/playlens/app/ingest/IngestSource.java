package dev.playlens.app.ingest;

import dev.playlens.warehouse.ingest.SourceFile;

import java.io.IOException;
import java.util.List;

/** Where a load reads telemetry from: a local folder or file today, a bucket prefix once storage plugs in. */
public interface IngestSource {
    /** The location as the user gave it (path or URI), for messages and the dialog. */
    String uri();

    /** The telemetry files under the location, in the order "first occurrence wins" follows. */
    List<SourceFile> files() throws IOException;
}
