package dev.playlens.app.storage;

import dev.playlens.core.job.Job;
import dev.playlens.storage.ObjectStore;
import dev.playlens.storage.transfer.TransferJob;
import dev.playlens.storage.transfer.TransferOptions;
import dev.playlens.storage.transfer.TransferReport;

import java.nio.file.Path;
import java.util.HashSet;

/**
 * Builds the job of a {@link TransferSpec}: both stores opened with their own locations' settings, the storage
 * module's transfer engine, and its journal in the workspace's journal/ folder, so re-running after a pause,
 * a cancel or a restart skips what is already copied.
 */
public final class TransferJobs {
    private final StoreConnector connector;
    private final TransferOptions options;

    public TransferJobs(StoreConnector connector, Path journalDir) {
        this(connector, TransferOptions.defaults(journalDir));
    }

    public TransferJobs(StoreConnector connector, TransferOptions options) {
        this.connector = connector;
        this.options = options;
    }

    public Job<TransferReport> job(TransferSpec spec) {
        return context -> {
            try (ObjectStore opened = connector.open(spec.source(), spec.sourceUri());
                 ObjectStore destination = connector.open(spec.destination(), spec.destinationUri())) {
                ObjectStore source = spec.keys().isEmpty() ? opened : new SelectedObjects(opened, new HashSet<>(spec.keys()));
                return new TransferJob(source, destination, options).run(context);
            }
        };
    }
}
