package dev.playlens.publish.cache;

import com.fasterxml.jackson.databind.ObjectMapper;
import redis.clients.jedis.UnifiedJedis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads and moves a model's {@code current} pointer. Every move is a server-side script that checks the target
 * version's manifest and sets the pointer in one step, so no reader can see a pointer to a set that is not whole.
 */
public final class RedisVersions {
    /** KEYS: manifest, current. ARGV: version. */
    static final String SWITCH_IF_COMPLETE = """
            if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
            redis.call('SET', KEYS[2], ARGV[1])
            return 1
            """;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final UnifiedJedis redis;

    public RedisVersions(UnifiedJedis redis) {
        this.redis = redis;
    }

    public Optional<Integer> current(String model) {
        String v = redis.get(RedisKeys.current(model));
        return v == null ? Optional.empty() : Optional.of(Integer.parseInt(v));
    }

    /** The manifest of a published version ({"model","version","rows","publishedAt"}), while its keys live. */
    @SuppressWarnings("unchecked")
    public Optional<Map<String, Object>> manifest(String model, int version) {
        String m = redis.get(RedisKeys.manifest(model, version));
        if (m == null) return Optional.empty();
        try {
            return Optional.of(JSON.readValue(m, Map.class));
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable manifest of " + model + ":" + version, e);
        }
    }

    /** Points {@code current} back (or forward) at a version whose keys still exist; fails if they expired. */
    public void switchTo(String model, int version) {
        Object ok = redis.eval(SWITCH_IF_COMPLETE, List.of(RedisKeys.manifest(model, version), RedisKeys.current(model)),
                List.of(Integer.toString(version)));
        if (!Long.valueOf(1).equals(ok)) {
            throw new IllegalStateException("cannot switch " + model + " to version " + version
                    + ": its keys are not in Redis (never published there, or expired); current stays "
                    + current(model).map(String::valueOf).orElse("unset"));
        }
    }
}
