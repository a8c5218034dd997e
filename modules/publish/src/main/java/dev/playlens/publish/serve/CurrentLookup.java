package dev.playlens.publish.serve;

import dev.playlens.publish.cache.RedisKeys;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisNoScriptException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Finds a model's {@code current} version and the user's key for it in ONE blocking round trip (the miss path and
 * a model with no pointer yet; hits are read on the event loop by {@link EventLoopPredictions}). The pointer is
 * remembered in {@link CurrentPointers}, so most requests are a plain GET of the versioned key; when the remembered
 * pointer is older, the request reads pointer and value together with a server-side script (same instant, no republish can
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
    /** The script's name in Redis's script cache (EVALSHA): its SHA-1, as Redis computes it. */
    static final String SCRIPT_SHA1 = sha1Hex(SCRIPT);

    /** {@code version}: current, or null when Redis has no pointer; {@code value}: the cached JSON, or null. */
    record VersionAndValue(String version, String value) {
    }

    private final UnifiedJedis redis;
    private final CurrentPointers pointers;

    CurrentLookup(UnifiedJedis redis, CurrentPointers pointers) {
        this.redis = redis;
        this.pointers = pointers;
    }

    VersionAndValue currentAndValue(String model, String user) {
        String version = pointers.fresh(model);
        if (version != null) {
            return new VersionAndValue(version, redis.get(RedisKeys.modelPrefix(model) + version + ":" + user));
        }
        long readAt = System.nanoTime();
        VersionAndValue read = readBoth(model, user);
        pointers.remember(model, read.version(), readAt);
        return read;
    }

    private VersionAndValue readBoth(String model, String user) {
        List<String> keys = List.of(RedisKeys.current(model));
        List<String> args = List.of(RedisKeys.modelPrefix(model), user);
        Object reply;
        try {
            reply = redis.evalsha(SCRIPT_SHA1, keys, args);
        } catch (JedisNoScriptException e) { // first use, or Redis restarted and lost its script cache
            reply = redis.eval(SCRIPT, keys, args); // which caches it again
        }
        List<?> list = (List<?>) reply;
        return new VersionAndValue(!list.isEmpty() ? (String) list.get(0) : null, list.size() > 1 ? (String) list.get(1) : null);
    }

    private static String sha1Hex(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-1", e);
        }
    }
}
