package dev.playlens.app.ingest;

import dev.playlens.storage.ListPage;
import dev.playlens.storage.ListRequest;
import dev.playlens.storage.ObjectInfo;
import dev.playlens.storage.ObjectStore;
import dev.playlens.warehouse.ingest.SourceFile;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Telemetry objects ({@code *.json}, {@code *.jsonl}, {@code *.gz}) under an object store's root as
 * {@link SourceFile}s, streamed on open. Keys are full object URIs ({@code s3://bucket/events/…}), so the load
 * journal recognises an object whichever prefix a later run starts from; the store's ETag tells a rewritten
 * object from the loaded one.
 */
final class ObjectStoreSourceFiles {
    private ObjectStoreSourceFiles() {
    }

    static List<SourceFile> under(ObjectStore store) {
        String root = store.uri().toString();
        String base = root.endsWith("/") ? root : root + "/";
        List<SourceFile> files = new ArrayList<>();
        ListRequest request = ListRequest.recursive("");
        while (true) {
            ListPage page = store.list(request);
            for (ObjectInfo o : page.entries()) {
                if (!o.isPrefix() && isTelemetry(o.key())) files.add(new StoredObject(store, o, base + o.key()));
            }
            if (!page.hasMore()) break;
            request = request.next(page.nextToken());
        }
        files.sort(Comparator.comparing(SourceFile::key));
        return files;
    }

    /** One object, whatever its name (the caller asked for it explicitly). */
    static SourceFile of(ObjectStore store, ObjectInfo info) {
        String root = store.uri().toString();
        return new StoredObject(store, info, (root.endsWith("/") ? root : root + "/") + info.key());
    }

    static boolean isTelemetry(String key) {
        String name = key.toLowerCase(Locale.ROOT);
        return name.endsWith(".json") || name.endsWith(".jsonl") || name.endsWith(".gz");
    }

    private record StoredObject(ObjectStore store, ObjectInfo info, String key) implements SourceFile {
        @Override
        public long size() {
            return info.size();
        }

        @Override
        public String etag() {
            return info.etag();
        }

        @Override
        public InputStream open() {
            return store.read(info.key());
        }

        @Override
        public String toString() {
            return key;
        }
    }
}
