package dev.playlens.publish;

import dev.playlens.ml.data.WarehouseConnector;
import dev.playlens.publish.batch.FileTarget;
import dev.playlens.publish.batch.JdbcTarget;
import dev.playlens.publish.cache.RedisLocation;
import dev.playlens.publish.cache.RedisTarget;
import dev.playlens.storage.ObjectStore;
import dev.playlens.storage.ObjectStores;
import dev.playlens.storage.StoreSettings;

import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;

/**
 * Turns each {@code --to} of {@code playlens publish} into a target: {@code jdbc:…#TABLE} / {@code duckdb:PATH#TABLE}
 * → predictions table; {@code redis://HOST:PORT} → cache layer with {@code --ttl}; {@code file:/…} or a plain path
 * → Parquet + CSV files; {@code s3://BUCKET/PREFIX} or {@code azure://CONTAINER/PREFIX} → the same files uploaded
 * under that prefix, opened with the {@link StoreSettings} given here (the caller derives them from its environment).
 */
public final class PublishTargets {
    private final WarehouseConnector connector;
    private final Path scratch;
    private final Function<String, ObjectStore> stores;

    /** Bucket targets opened with {@code settings} (endpoint, region, credentials). */
    public PublishTargets(WarehouseConnector connector, Path scratch, StoreSettings settings) {
        this(connector, scratch, uri -> ObjectStores.open(uri, settings));
    }

    /** Bucket targets opened by {@code stores} (a URI → an open store the caller closes). */
    public PublishTargets(WarehouseConnector connector, Path scratch, Function<String, ObjectStore> stores) {
        this.connector = connector;
        this.scratch = scratch;
        this.stores = stores;
    }

    /** Bucket targets with the SDK defaults only (AWS default credentials chain; Azure needs settings). */
    public PublishTargets(WarehouseConnector connector, Path scratch) {
        this(connector, scratch, StoreSettings.DEFAULTS);
    }

    public PublishTarget parse(String to, Duration ttl) {
        if (to.startsWith("redis://")) return new RedisTarget(RedisLocation.parse(to), ttl == null ? RedisTarget.DEFAULT_TTL : ttl);
        if (to.startsWith("jdbc:") || to.startsWith("duckdb:")) return JdbcTarget.parse(to, connector);
        if (to.startsWith("s3://") || to.startsWith("azure://")) return FileTarget.bucket(to, stores, scratch);
        if (to.matches("^[a-zA-Z][a-zA-Z0-9+.-]*://.*") && !to.startsWith("file:")) {
            throw new IllegalArgumentException("--to " + to + ": unknown target (use jdbc:…#TABLE, duckdb:PATH#TABLE, "
                    + "redis://HOST:PORT, s3://BUCKET/PREFIX, azure://CONTAINER/PREFIX or a folder)");
        }
        return FileTarget.localFolder(to, scratch);
    }
}
