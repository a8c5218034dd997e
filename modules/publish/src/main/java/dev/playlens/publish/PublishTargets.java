package dev.playlens.publish;

import dev.playlens.ml.data.WarehouseConnector;
import dev.playlens.publish.batch.FileTarget;
import dev.playlens.publish.batch.JdbcTarget;
import dev.playlens.publish.cache.RedisLocation;
import dev.playlens.publish.cache.RedisTarget;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Turns each {@code --to} of {@code playlens publish} into a target: {@code jdbc:…#TABLE} / {@code duckdb:PATH#TABLE}
 * → predictions table; {@code redis://HOST:PORT} → cache layer with {@code --ttl}; {@code file:/…} or a plain path
 * → Parquet + CSV files. Cloud URIs (s3://, azure://) wait for the storage module's ObjectStore (see FileStore).
 */
public final class PublishTargets {
    private final WarehouseConnector connector;
    private final Path scratch;

    public PublishTargets(WarehouseConnector connector, Path scratch) {
        this.connector = connector;
        this.scratch = scratch;
    }

    public PublishTarget parse(String to, Duration ttl) {
        if (to.startsWith("redis://")) return new RedisTarget(RedisLocation.parse(to), ttl == null ? RedisTarget.DEFAULT_TTL : ttl);
        if (to.startsWith("jdbc:") || to.startsWith("duckdb:")) return JdbcTarget.parse(to, connector);
        if (to.startsWith("s3://") || to.startsWith("azure://")) {
            throw new IllegalArgumentException("--to " + to + ": bucket targets need the storage module's ObjectStore "
                    + "(not wired yet); use a local folder (file:/path) for now");
        }
        if (to.matches("^[a-zA-Z][a-zA-Z0-9+.-]*://.*") && !to.startsWith("file:")) {
            throw new IllegalArgumentException("--to " + to + ": unknown target (use jdbc:…#TABLE, duckdb:PATH#TABLE, "
                    + "redis://HOST:PORT or a folder)");
        }
        return FileTarget.localFolder(to, scratch);
    }
}
