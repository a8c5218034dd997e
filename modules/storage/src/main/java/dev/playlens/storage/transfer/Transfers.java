package dev.playlens.storage.transfer;

import dev.playlens.core.job.Job;
import dev.playlens.storage.ObjectStore;
import dev.playlens.storage.ObjectStores;
import dev.playlens.storage.StoreSettings;

/**
 * Entry point for {@code playlens transfer SRC DST}: a job that opens both stores, copies, and closes them.
 * Locations: {@code s3://bucket/prefix}, {@code azure://container/prefix}, {@code file:/abs/path} or a plain path.
 */
public final class Transfers {
    private Transfers() {
    }

    public static Job<TransferReport> job(String source, String destination, StoreSettings settings, TransferOptions options) {
        return context -> {
            try (ObjectStore src = ObjectStores.open(source, settings);
                 ObjectStore dst = ObjectStores.open(destination, settings)) {
                return new TransferJob(src, dst, options).run(context);
            }
        };
    }
}
