package dev.playlens.app.publish;

import dev.playlens.ml.data.WarehouseConnector;
import dev.playlens.publish.batch.FileTarget;
import dev.playlens.publish.batch.JdbcTarget;
import dev.playlens.publish.cache.RedisKeys;
import dev.playlens.publish.cache.RedisLocation;
import dev.playlens.publish.cache.RedisVersions;
import dev.playlens.storage.ListRequest;
import dev.playlens.storage.ObjectInfo;
import dev.playlens.storage.ObjectStore;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.JedisPooled;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Reads which version of a model each target serves now, from the target itself rather than from the history:
 * the cache's {@code current} pointer (moved by rollbacks), the table's rows, the folder's version sub-folders.
 */
final class TargetStates {
    private final WarehouseConnector connector;
    private final Function<String, ObjectStore> stores;

    TargetStates(WarehouseConnector connector, Function<String, ObjectStore> stores) {
        this.connector = connector;
        this.stores = stores;
    }

    TargetState read(String shown, String resolved, String model, List<Integer> versions) {
        try {
            if (resolved.startsWith("redis://")) return cache(shown, RedisLocation.parse(resolved), model, versions);
            if (resolved.startsWith("jdbc:") || resolved.startsWith("duckdb:")) return table(shown, resolved, model);
            if (resolved.startsWith("s3://") || resolved.startsWith("azure://")) return bucket(shown, resolved, model);
            return folder(shown, resolved, model);
        } catch (RuntimeException | SQLException | IOException e) {
            return new TargetState(shown, resolved.startsWith("redis://"), null, null, "cannot read: " + e.getMessage());
        }
    }

    private static TargetState cache(String shown, RedisLocation where, String model, List<Integer> versions) {
        try (JedisPooled redis = open(where)) {
            RedisVersions cache = new RedisVersions(redis);
            Integer current = cache.current(model).orElse(null);
            Integer to = null;
            // Newest first; an older version wins over a newer one (its manifest lives no longer than its keys).
            for (int i = versions.size() - 1; i >= 0; i--) {
                int v = versions.get(i);
                if (current != null && v == current || cache.manifest(model, v).isEmpty()) continue;
                boolean older = current == null || v < current;
                if (older) {
                    to = v;
                    break;
                }
                if (to == null) to = v;
            }
            String note = current == null ? "nothing published" : cache.manifest(model, current)
                    .map(m -> String.format(Locale.ROOT, "%,d keys, expire in %s (published %s)",
                            ((Number) m.get("rows")).longValue(), remaining(redis.ttl(RedisKeys.manifest(model, current))),
                            shortTime(String.valueOf(m.get("publishedAt"))).replaceAll(":\\d\\d UTC$", " UTC")))
                    .orElse("keys expired");
            return new TargetState(shown, true, current, to, note);
        }
    }

    /** A TTL in seconds as "1 h 59 min" / "12 min" / "40 s". */
    static String remaining(long seconds) {
        if (seconds < 0) return "never";
        if (seconds < 60) return seconds + " s";
        long minutes = seconds / 60;
        if (minutes < 60) return minutes + " min";
        long hours = minutes / 60;
        return hours < 48 ? hours + " h " + minutes % 60 + " min" : hours / 24 + " days";
    }

    /** {@code 2026-12-06T11:53:31.123Z} → {@code 2026-12-06 11:53:31 UTC}. */
    static String shortTime(String instant) {
        return instant.replace('T', ' ').replaceAll("(\\.\\d+)?Z$", " UTC");
    }

    static void switchCache(String resolved, String model, int version) {
        try (JedisPooled redis = open(RedisLocation.parse(resolved))) {
            new RedisVersions(redis).switchTo(model, version);
        }
    }

    private static JedisPooled open(RedisLocation where) {
        return new JedisPooled(new HostAndPort(where.host(), where.port()), DefaultJedisClientConfig.builder()
                .clientName("playlens-publish-screen").connectionTimeoutMillis(3_000).socketTimeoutMillis(10_000).build());
    }

    private TargetState table(String shown, String resolved, String model) throws SQLException {
        JdbcTarget target = JdbcTarget.parse(resolved, connector);
        String location = resolved.substring(0, resolved.lastIndexOf('#'));
        try (Connection c = connector.open(location);
             PreparedStatement st = c.prepareStatement("SELECT max(version), count(*) FROM " + target.table()
                     + " WHERE model = ?")) {
            st.setString(1, model);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                int v = rs.getInt(1);
                return rs.wasNull() ? new TargetState(shown, false, null, null, "nothing published")
                        : new TargetState(shown, false, v, null, String.format(Locale.ROOT, "%,d rows", rs.getLong(2)));
            }
        } catch (SQLException e) {
            if (String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT).contains("does not exist")) {
                return new TargetState(shown, false, null, null, "no table yet");
            }
            throw e;
        }
    }

    /** The bucket's version "folders" under {@code predictions/<model>/}, like a local folder's. */
    private TargetState bucket(String shown, String resolved, String model) {
        String modelPrefix = FileTarget.prefix(model, 1).replaceFirst("1/$", "");
        try (ObjectStore store = stores.apply(resolved)) {
            Integer latest = store.list(new ListRequest(modelPrefix, "/", null, ListRequest.DEFAULT_PAGE_SIZE)).entries()
                    .stream().filter(ObjectInfo::isPrefix).map(e -> e.key().substring(modelPrefix.length()).replace("/", ""))
                    .filter(n -> n.matches("\\d+")).map(Integer::parseInt).max(Integer::compare).orElse(null);
            if (latest == null) return new TargetState(shown, false, null, null, "nothing published");
            return new TargetState(shown, false, latest, null, filesNote(store.list(
                    ListRequest.recursive(FileTarget.prefix(model, latest))).entries()));
        }
    }

    /** "latest files (2, 865 KB, written 2026-12-06 16:06 UTC)": what a reader of the prefix gets now. */
    private static String filesNote(List<ObjectInfo> files) {
        long bytes = files.stream().mapToLong(ObjectInfo::size).sum();
        String written = files.stream().map(ObjectInfo::lastModified).filter(java.util.Objects::nonNull)
                .max(java.time.Instant::compareTo)
                .map(t -> ", written " + shortTime(t.toString()).replaceAll(":\\d\\d UTC$", " UTC")).orElse("");
        String size = bytes < 1 << 20 ? String.format(Locale.ROOT, "%,d KB", (bytes + 1023) / 1024)
                : String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
        return "latest files (" + files.size() + ", " + size + written + ")";
    }

    private static TargetState folder(String shown, String resolved, String model) throws IOException {
        Path root = Path.of(resolved.startsWith("file:") ? URI.create(resolved).getPath() : resolved);
        Path dir = root.resolve(FileTarget.prefix(model, 1)).getParent();
        if (!Files.isDirectory(dir)) return new TargetState(shown, false, null, null, "nothing published");
        try (Stream<Path> s = Files.list(dir)) {
            Integer latest = s.map(p -> p.getFileName().toString()).filter(n -> n.matches("\\d+"))
                    .map(Integer::parseInt).max(Integer::compare).orElse(null);
            return new TargetState(shown, false, latest, null, latest == null ? "nothing published" : "latest files");
        }
    }
}
