package dev.playlens.publish.serve;

import dev.playlens.publish.cache.RedisKeys;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisNoScriptException;

import java.util.List;

/**
 * Reads {@code current} and the user's key for that version in ONE round trip: a server-side script, so the
 * pointer and the value come from the same instant (no republish can fall between the two reads). The value key
 * is derived inside the script, which is fine on a single Redis (not Redis Cluster, where keys must be declared).
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

    private final UnifiedJedis redis;
    private volatile String sha;

    CurrentLookup(UnifiedJedis redis) {
        this.redis = redis;
    }

    /** {current or null, cached value or null}. */
    String[] currentAndValue(String model, String user) {
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
        String[] out = new String[2];
        for (int i = 0; i < list.size() && i < 2; i++) out[i] = (String) list.get(i);
        return out;
    }
}
