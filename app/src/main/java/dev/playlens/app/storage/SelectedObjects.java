package dev.playlens.app.storage;

import dev.playlens.storage.ByteRange;
import dev.playlens.storage.ListPage;
import dev.playlens.storage.ListRequest;
import dev.playlens.storage.ObjectInfo;
import dev.playlens.storage.ObjectStore;
import dev.playlens.storage.StagedUploads;

import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A store that lists only some of its objects, so the transfer engine (which copies everything a source lists)
 * copies exactly the objects dragged from the browser, with its multipart, verification and journal.
 */
final class SelectedObjects implements ObjectStore {
    private final ObjectStore store;
    private final Set<String> keys;

    SelectedObjects(ObjectStore store, Set<String> keys) {
        this.store = store;
        this.keys = Set.copyOf(keys);
    }

    @Override
    public URI uri() {
        return store.uri();
    }

    @Override
    public ListPage list(ListRequest request) {
        List<ObjectInfo> found = new ArrayList<>();
        for (String key : keys.stream().sorted().toList()) {
            if (key.startsWith(request.prefix())) store.stat(key).ifPresent(found::add);
        }
        return new ListPage(found, null);
    }

    @Override
    public Optional<ObjectInfo> stat(String key) {
        return store.stat(key);
    }

    @Override
    public InputStream read(String key) {
        return store.read(key);
    }

    @Override
    public InputStream read(String key, ByteRange range) {
        return store.read(key, range);
    }

    @Override
    public ObjectInfo write(String key, InputStream data, long size, byte[] md5) {
        throw new UnsupportedOperationException("a selection is read-only");
    }

    @Override
    public void delete(String key) {
        throw new UnsupportedOperationException("a selection is read-only");
    }

    @Override
    public Optional<StagedUploads> staged() {
        return Optional.empty();
    }

    @Override
    public void close() {
        // the wrapped store belongs to whoever opened it
    }
}
