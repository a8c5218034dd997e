package dev.playlens.app.ingest;

import dev.playlens.storage.ObjectInfo;
import dev.playlens.storage.ObjectStore;
import dev.playlens.storage.ObjectStores;
import dev.playlens.storage.StoreSettings;
import dev.playlens.warehouse.ingest.SourceFile;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The telemetry objects an {@code --from s3://…|azure://…} names: everything under the prefix, or — when nothing
 * is under it and it does not end in '/' — the single object of that name. Keeps the stores open for streaming
 * until {@link #close()}.
 */
public final class CloudSources implements AutoCloseable {
    private final List<ObjectStore> opened = new ArrayList<>();
    private final StoreSettings settings;

    public CloudSources(StoreSettings settings) {
        this.settings = settings;
    }

    public List<SourceFile> list(String location) {
        ObjectStore store = open(location);
        List<SourceFile> files = ObjectStoreSourceFiles.under(store);
        int slash = location.lastIndexOf('/');
        if (!files.isEmpty() || location.endsWith("/") || slash <= location.indexOf("://") + 2) return files;
        ObjectStore parent = open(location.substring(0, slash + 1));
        Optional<ObjectInfo> single = parent.stat(location.substring(slash + 1));
        return single.map(info -> ObjectStoreSourceFiles.of(parent, info)).map(List::of).orElse(files);
    }

    private ObjectStore open(String location) {
        ObjectStore store = ObjectStores.open(location, settings);
        opened.add(store);
        return store;
    }

    @Override
    public void close() {
        for (ObjectStore store : opened) store.close();
        opened.clear();
    }
}
