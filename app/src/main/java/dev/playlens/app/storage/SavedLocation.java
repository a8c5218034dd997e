package dev.playlens.app.storage;

import dev.playlens.storage.StoreLocation;

/**
 * A location the analyst saved on the Storage screen: a name, a store URI and non-secret settings. Credentials
 * never live here; they come from the environment (AWS_*, AZURE_STORAGE_*).
 *
 * @param endpoint an S3-compatible endpoint (MinIO, S3Proxy …) for this location, or null for AWS / the environment
 * @param region   the AWS region, or null for the environment's
 */
public record SavedLocation(String name, String uri, String endpoint, String region) {
    public SavedLocation {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("a location needs a name");
        StoreLocation.parse(uri); // names what is wrong with the URI
        endpoint = blankToNull(endpoint);
        region = blankToNull(region);
    }

    public static SavedLocation of(String name, String uri) {
        return new SavedLocation(name, uri, null, null);
    }

    /** The URI of {@code prefix} (relative, "" or ending in "/") below this location. */
    public String child(String prefix) {
        if (prefix == null || prefix.isEmpty()) return uri;
        StoreLocation root = StoreLocation.parse(uri);
        return switch (root.scheme()) {
            case LOCAL -> root.localRoot().resolve(prefix).toUri().toString();
            case S3 -> "s3://" + root.container() + "/" + root.prefix() + prefix;
            case AZURE -> "azure://" + root.container() + "/" + root.prefix() + prefix;
        };
    }

    /** The prefix of {@code childUri} below this location ("" for the top), or the URI itself when it is elsewhere. */
    public String relative(String childUri) {
        StoreLocation root = StoreLocation.parse(uri);
        StoreLocation child = StoreLocation.parse(childUri);
        if (root.scheme() != child.scheme()) return childUri;
        if (root.scheme() == StoreLocation.Scheme.LOCAL) {
            if (!child.localRoot().startsWith(root.localRoot())) return childUri;
            String rel = root.localRoot().relativize(child.localRoot()).toString().replace('\\', '/');
            return rel.isEmpty() ? "" : rel + "/";
        }
        if (!root.container().equals(child.container()) || !child.prefix().startsWith(root.prefix())) return childUri;
        return child.prefix().substring(root.prefix().length());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
