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

    /** What the queue shows, e.g. "Raw (S3) › events/ → Archive (Blob) › events/" or "… › day1/ (3 objects) → …". */
    public String label() {
        String to = " → " + place(destination, destinationUri);
        String from = place(source, sourceUri);
        if (keys.size() == 1) {
            String separator = from.equals(source.name()) ? " › " : from.endsWith("/") ? "" : "/";
            return from + separator + keys.getFirst() + to;
        }
        return (keys.isEmpty() ? from : from + " (" + keys.size() + " objects)") + to;
    }

    private static String relative(SavedLocation location, String uri) {
        try {
            return location.relative(uri);
        } catch (RuntimeException e) {
            return uri; // e.g. a local name that is not a path: show the URI as it is
        }
    }

    /** The exact URIs, e.g. "s3://b/events/ → azure://c/events/". */
    public String uris() {
        return sourceUri + " → " + destinationUri;
    }

    private static String place(SavedLocation location, String uri) {
        String rel = relative(location, uri);
        return rel.equals(uri) ? uri : rel.isEmpty() ? location.name() : location.name() + " › " + rel;
    }
}
