package dev.playlens.publish.cache;

import dev.playlens.core.job.JobContext;
import dev.playlens.publish.Prediction;
import dev.playlens.publish.PublishTarget;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Jedis;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The cache layer: every prediction is SET under its versioned key with a TTL, pipelined over a raw RESP stream
 * ({@link RespSetWriter}); only when every reply was OK and the first and last keys are present does one server-side script write the manifest and move
 * {@code current} to the new version. A failure before that leaves {@code current} where it was; the partial
 * keys expire by their TTL, as do the previous version's.
 */
public final class RedisTarget implements PublishTarget {
    public static final Duration DEFAULT_TTL = Duration.ofDays(1);
    /** How long the last replies may take once everything is sent. */
    static final long CONFIRM_TIMEOUT_MILLIS = 60_000;
    /** KEYS: manifest, current, first value key, last value key. ARGV: manifest JSON, manifest TTL, version. */
    private static final String COMMIT = """
            if redis.call('EXISTS', KEYS[3]) == 0 or redis.call('EXISTS', KEYS[4]) == 0 then return 0 end
            redis.call('SET', KEYS[1], ARGV[1], 'EX', tonumber(ARGV[2]))
            redis.call('SET', KEYS[2], ARGV[3])
            return 1
            """;

    private final RedisLocation location;
    private final Duration ttl;

    public RedisTarget(RedisLocation location, Duration ttl) {
        if (ttl.toSeconds() < 1) throw new IllegalArgumentException("--ttl must be at least 1 second, got " + ttl);
        this.location = location;
        this.ttl = ttl;
    }

    @Override
    public String describe() {
        return location.toString();
    }

    @Override
    public boolean isCache() {
        return true;
    }

    @Override
    public Session open(String model, int version, JobContext context) {
        Jedis jedis = null;
        RespSetWriter writer = null;
        boolean handedOver = false;
        try {
            // Created inside the try: a connect, ping or writer failure closes whatever was opened so far.
            jedis = new Jedis(new HostAndPort(location.host(), location.port()), DefaultJedisClientConfig.builder()
                    .clientName("playlens-publish-control").socketTimeoutMillis(30_000).connectionTimeoutMillis(5_000)
                    .build());
            jedis.ping();
            writer = new RespSetWriter(location, ttl.toSeconds(), "playlens-publish");
            Session session = new RedisSession(jedis, writer, model, version);
            handedOver = true;
            return session;
        } catch (RuntimeException | java.io.IOException e) {
            throw new IllegalStateException("cannot reach " + location + ": " + e.getMessage(), e);
        } finally {
            if (!handedOver) closeQuietly(jedis, writer);
        }
    }

    private static void closeQuietly(Jedis jedis, RespSetWriter writer) {
        if (writer != null) writer.close();
        if (jedis == null) return;
        try {
            jedis.close();
        } catch (RuntimeException ignored) {
            // already broken; the open failure is what the caller needs to see
        }
    }

    private final class RedisSession implements Session {
        private final Jedis jedis;
        private final RespSetWriter writer;
        private final String model;
        private final int version;
        private final String prefix;
        private final long startedNanos = System.nanoTime();
        private String firstKey;
        private String lastKey;
        private long confirmed;
        private boolean open = true;

        RedisSession(Jedis jedis, RespSetWriter writer, String model, int version) {
            this.jedis = jedis;
            this.writer = writer;
            this.model = model;
            this.version = version;
            this.prefix = RedisKeys.valuePrefix(model, version);
        }

        @Override
        public void write(List<Prediction> batch) throws java.io.IOException {
            for (Prediction p : batch) {
                String key = prefix + p.userId();
                if (firstKey == null) firstKey = key;
                lastKey = key;
                writer.set(key, p.cacheJson());
            }
        }

        @Override
        public long commit() throws Exception {
            try {
                long sent = writer.sent();
                confirmed = writer.awaitAll(CONFIRM_TIMEOUT_MILLIS);
                if (confirmed != sent) {
                    throw new IllegalStateException(location + ": " + confirmed + " of " + sent + " keys confirmed");
                }
                if (sent == 0) throw new IllegalStateException("nothing to publish to " + location);
                // The manifest must not outlive the first key written, or a rollback could point at expired keys.
                long elapsed = (long) Math.ceil((System.nanoTime() - startedNanos) / 1e9);
                long manifestTtl = Math.max(1, ttl.toSeconds() - elapsed);
                String manifest = "{\"model\":\"" + model + "\",\"version\":" + version + ",\"rows\":" + sent
                        + ",\"publishedAt\":\"" + Instant.now() + "\"}";
                Object ok = jedis.eval(COMMIT, List.of(RedisKeys.manifest(model, version), RedisKeys.current(model),
                        firstKey, lastKey), List.of(manifest, Long.toString(manifestTtl), Integer.toString(version)));
                if (!Long.valueOf(1).equals(ok)) {
                    throw new IllegalStateException(location + ": keys of " + model + ":" + version
                            + " vanished before the switch (server restarted or evicting?); current not moved");
                }
                return confirmed;
            } finally {
                abort();
            }
        }

        @Override
        public void abort() {
            if (!open) return;
            open = false;
            writer.close();
            try {
                jedis.close();
            } catch (RuntimeException ignored) {
                // the connection is broken already; nothing was switched
            }
        }
    }
}
