package dev.playlens.app.storage;

import java.util.List;

/** What the Storage screen saves in the workspace's {@code storage.json}: the saved locations, never secrets. */
public record StorageSettings(List<SavedLocation> locations) {
    public static final String FILE_NAME = "storage.json";

    public StorageSettings {
        locations = locations == null ? List.of() : List.copyOf(locations);
    }

    public static StorageSettings empty() {
        return new StorageSettings(List.of());
    }
}
