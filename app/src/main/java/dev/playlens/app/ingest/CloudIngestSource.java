package dev.playlens.app.ingest;

import dev.playlens.storage.StoreSettings;
import dev.playlens.warehouse.ingest.SourceFile;

import java.util.List;
import java.util.function.Function;

/**
 * An {@code s3://} or {@code azure://} prefix (or single object) as a load source: objects are listed when the
 * load starts and streamed from the store, which stays open until the load is over.
 */
public final class CloudIngestSource implements IngestSource {
    private final String uri;
    private final CloudSources stores;

    public CloudIngestSource(String uri, StoreSettings settings) {
        this.uri = uri;
        this.stores = new CloudSources(settings);
    }

    /** A resolver for {@link IngestSources#register}, taking each location's settings from {@code settingsFor}. */
    public static Function<String, IngestSource> resolver(Function<String, StoreSettings> settingsFor) {
        return uri -> new CloudIngestSource(uri, settingsFor.apply(uri));
    }

    @Override
    public String uri() {
        return uri;
    }

    @Override
    public List<SourceFile> files() {
        return stores.list(uri);
    }

    @Override
    public void close() {
        stores.close();
    }
}
