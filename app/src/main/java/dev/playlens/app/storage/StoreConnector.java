package dev.playlens.app.storage;

import dev.playlens.storage.ObjectStore;
import dev.playlens.storage.ObjectStores;
import dev.playlens.storage.StoreSettings;

import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Opens the stores of saved locations with credentials from the environment map (as the command line does) and
 * the location's own non-secret settings. Browsing reuses one open store per location; transfers open their own.
 */
public final class StoreConnector implements AutoCloseable {
    private final Map<String, String> env;
    private final Map<SavedLocation, ObjectStore> browsing = new ConcurrentHashMap<>();

    public StoreConnector(Map<String, String> env) {
        this.env = Map.copyOf(env);
    }

    /** Environment settings, with the location's endpoint and region taking precedence. */
    public StoreSettings settingsFor(SavedLocation location) {
        StoreSettings s = StoreSettings.fromEnvironment(env);
        URI endpoint = location.endpoint() != null ? URI.create(location.endpoint()) : s.s3Endpoint();
        String region = location.region() != null ? location.region() : s.awsRegion();
        return s.withS3(endpoint, region, s.awsAccessKey(), s.awsSecretKey());
    }

    /** The location's store for browsing and previews; stays open until {@link #close()} or {@link #forget}. */
    public ObjectStore browse(SavedLocation location) {
        return browsing.computeIfAbsent(location, l -> ObjectStores.open(l.uri(), settingsFor(l)));
    }

    /** A fresh store on {@code uri} with {@code location}'s settings; the caller closes it. */
    public ObjectStore open(SavedLocation location, String uri) {
        return ObjectStores.open(uri, settingsFor(location));
    }

    /** Closes the browsing store of a removed or edited location. */
    public void forget(SavedLocation location) {
        ObjectStore store = browsing.remove(location);
        if (store != null) store.close();
    }

    @Override
    public void close() {
        browsing.values().forEach(ObjectStore::close);
        browsing.clear();
    }
}
