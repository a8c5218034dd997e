package dev.playlens.app.storage;

import java.util.List;

/**
 * One copy the queue runs: everything under {@code sourceUri}, or only {@code keys} (relative to it) when some
 * objects were picked, to {@code destinationUri}.
 */
public record TransferSpec(SavedLocation source, String sourceUri, List<String> keys,
                           SavedLocation destination, String destinationUri) {
    public TransferSpec {
        keys = keys == null ? List.of() : List.copyOf(keys);
    }

    /** What the queue shows, e.g. "s3://b/events/ → azure://c/events/ (3 objects)". */
    public String label() {
        String what = keys.isEmpty() ? "" : keys.size() == 1 ? " (" + keys.getFirst() + ")" : " (" + keys.size() + " objects)";
        return sourceUri + " → " + destinationUri + what;
    }
}
