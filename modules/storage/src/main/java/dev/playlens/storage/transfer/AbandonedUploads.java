package dev.playlens.storage.transfer;

import dev.playlens.storage.ObjectStore;
import dev.playlens.storage.StagedUploads;
import dev.playlens.storage.StagedUploads.PendingUpload;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds and removes uploads that were started and never finished — S3 multipart uploads keep costing money until
 * aborted. On Azure these are blobs that exist only as uncommitted blocks (the service drops them after 7 days;
 * cleaning removes them now). In a local folder they are part folders under {@code .playlens-uploads}.
 */
public final class AbandonedUploads {
    private AbandonedUploads() {
    }

    public static List<PendingUpload> list(ObjectStore store, String prefix) {
        return store.staged().map(s -> s.listPending(prefix == null ? "" : prefix)).orElse(List.of());
    }

    /**
     * Aborts pending uploads under {@code prefix} started at least {@code minAge} ago (uploads with no known start
     * time count as old). Use a minAge larger than any running transfer, or make sure none is running.
     * Returns what was aborted.
     */
    public static List<PendingUpload> clean(ObjectStore store, String prefix, Duration minAge) {
        StagedUploads staged = store.staged().orElse(null);
        if (staged == null) return List.of();
        Instant cutoff = Instant.now().minus(minAge);
        List<PendingUpload> aborted = new ArrayList<>();
        for (PendingUpload u : staged.listPending(prefix == null ? "" : prefix)) {
            if (u.started() == null || !u.started().isAfter(cutoff)) {
                staged.abort(u.key(), u.uploadId());
                aborted.add(u);
            }
        }
        return aborted;
    }
}
