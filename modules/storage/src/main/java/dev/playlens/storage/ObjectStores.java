package dev.playlens.storage;

import dev.playlens.storage.azure.AzureBlobObjectStore;
import dev.playlens.storage.local.LocalObjectStore;
import dev.playlens.storage.s3.S3ObjectStore;

import java.net.URI;

/** Opens the store a URI names. */
public final class ObjectStores {
    private ObjectStores() {
    }

    public static ObjectStore open(URI uri, StoreSettings settings) {
        return open(StoreLocation.parse(uri), settings);
    }

    public static ObjectStore open(String location, StoreSettings settings) {
        return open(StoreLocation.parse(location), settings);
    }

    public static ObjectStore open(StoreLocation location, StoreSettings settings) {
        return switch (location.scheme()) {
            case S3 -> S3ObjectStore.open(location, settings);
            case AZURE -> AzureBlobObjectStore.open(location, settings);
            case LOCAL -> new LocalObjectStore(location.localRoot());
        };
    }
}
