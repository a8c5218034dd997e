package dev.playlens.warehouse.ingest;

import java.io.IOException;

/**
 * Where rejected lines go. Writes happen before the batch holding their file commits, so after a crash
 * and a re-run a reject may be written twice (at-least-once); it is never lost.
 */
public interface RejectSink {
    void reject(Reject reject) throws IOException;

    /** Makes written rejects durable; called before each batch commits. */
    default void flush() throws IOException {
    }
}
