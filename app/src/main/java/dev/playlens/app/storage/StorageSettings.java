package dev.playlens.app.storage;

import java.util.List;

/**
 * What the Storage screen saves in the workspace's {@code storage.json}, never secrets: the saved locations, and
 * the copies that had not finished when the app closed (their journals let them resume).
 */
public record StorageSettings(List<SavedLocation> locations, List<TransferSpec> unfinished) {
    public static final String FILE_NAME = "storage.json";

    public StorageSettings {
        locations = locations == null ? List.of() : List.copyOf(locations);
        unfinished = unfinished == null ? List.of() : List.copyOf(unfinished);
    }

    public StorageSettings(List<SavedLocation> locations) {
        this(locations, List.of());
    }

    public static StorageSettings empty() {
        return new StorageSettings(List.of());
    }
}
