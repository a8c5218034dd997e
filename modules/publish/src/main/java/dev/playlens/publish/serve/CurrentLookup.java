package dev.playlens.publish.serve;

import dev.playlens.publish.cache.RedisKeys;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisNoScriptException;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds a model's {@code current} version and the user's key for it in ONE round trip. The pointer is remembered
 * for at most {@code maxStaleness}, so most requests are a plain GET of the versioned key; when the remembered pointer
 * is older, the request reads pointer and value together with a server-side script (same instant, no republish can
 * fall between the two reads) and refreshes it. After a publish or rollback moves {@code current}, answers therefore
 * switch to the new version within {@code maxStaleness} plus one round trip. Value keys carry their version, so a
 * stale pointer still returns a consistent (older) version, never a mix. The value key is derived inside the script,
 * which is fine on a single Redis (not Redis Cluster, where keys must be declared).
 */
final class CurrentLookup {
    /** KEYS[1] = current pointer; ARGV[1] = value-key prefix "playlens:MODEL:", ARGV[2] = user. */
    static final String SCRIPT = """
            local v = redis.call('GET', KEYS[1])
            if not v then return {} end
            local p = redis.call('GET', ARGV[1] .. v .. ':' .. ARGV[2])
            if not p then return {v} end
            return {v, p}
            """;

    /** A pointer as read at {@code readAtNanos}; {@code version} null when Redis had none. */
    private record Pointer(String version, long readAtNanos) {
    }

    /** {@code version}: current, or null when Redis has no pointer; {@code value}: the cached JSON, or null. */
    record VersionAndValue(String version, String value) {
    }

    private final UnifiedJedis redis;
    private final long maxStalenessNanos;
    private final Map<String, Pointer> pointers = new ConcurrentHashMap<>();
    private volatile String sha;

    CurrentLookup(UnifiedJedis redis, Duration maxStaleness) {
        this.redis = redis;
        this.maxStalenessNanos = maxStaleness.toNanos();
    }

    VersionAndValue currentAndValue(String model, String user) {
        Pointer p = pointers.get(model);
        long now = System.nanoTime();
        if (p != null && p.version() != null && now - p.readAtNanos() < maxStalenessNanos) {
            return new VersionAndValue(p.version(), redis.get(RedisKeys.modelPrefix(model) + p.version() + ":" + user));
        }
        VersionAndValue read = readBoth(model, user);
        pointers.put(model, new Pointer(read.version(), now)); // the time before the read bounds the staleness
        return read;
    }

    private VersionAndValue readBoth(String model, String user) {
        List<String> keys = List.of(RedisKeys.current(model));
        List<String> args = List.of(RedisKeys.modelPrefix(model), user);
        Object reply;
        try {
            if (sha == null) sha = redis.scriptLoad(SCRIPT, keys.getFirst());
            reply = redis.evalsha(sha, keys, args);
        } catch (JedisNoScriptException e) {
            sha = null; // Redis restarted and lost its script cache
            reply = redis.eval(SCRIPT, keys, args);
        }
        List<?> list = (List<?>) reply;
        return new VersionAndValue(!list.isEmpty() ? (String) list.get(0) : null, list.size() > 1 ? (String) list.get(1) : null);
    }
}
