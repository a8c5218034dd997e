package dev.playlens.publish.serve;

import dev.playlens.ml.data.RawTable;
import dev.playlens.publish.Prediction;
import dev.playlens.publish.cache.RedisKeys;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.SetParams;

import java.time.Clock;
import java.time.Duration;

/**
 * Cache-aside scoring: find the model's {@code current} version and GET the user's key (one round trip,
 * {@link CurrentLookup}); on a hit return it, on a miss
 * fetch the user's features from the warehouse, score with that version, SET it with the TTL and return it.
 * A move of {@code current} (publish, rollback) is answered from within {@link #DEFAULT_MAX_STALENESS}.
 */
public final class CacheAsideScorer {
    private final UnifiedJedis redis;
    private final ServedModels models;
    private final FeatureSource features;
    private final SetParams expiry;
    private final ServeMetrics metrics;
    private final Clock clock;
    private final CurrentPointers pointers;
    private final CurrentLookup lookup;

    /** How long a read {@code current} pointer is trusted: the bound on answering from the old version. */
    public static final Duration DEFAULT_MAX_STALENESS = Duration.ofMillis(250);

    public CacheAsideScorer(UnifiedJedis redis, ServedModels models, FeatureSource features, Duration ttl,
                            ServeMetrics metrics, Clock clock) {
        this(redis, models, features, ttl, metrics, clock, DEFAULT_MAX_STALENESS);
    }

    public CacheAsideScorer(UnifiedJedis redis, ServedModels models, FeatureSource features, Duration ttl,
                            ServeMetrics metrics, Clock clock, Duration maxStaleness) {
        this.redis = redis;
        this.models = models;
        this.features = features;
        this.expiry = SetParams.setParams().ex(ttl.toSeconds());
        this.metrics = metrics;
        this.clock = clock;
        this.pointers = new CurrentPointers(maxStaleness);
        this.lookup = new CurrentLookup(redis, pointers);
    }

    public ServeMetrics metrics() {
        return metrics;
    }

    UnifiedJedis redis() {
        return redis;
    }

    ServedModels models() {
        return models;
    }

    CurrentPointers pointers() {
        return pointers;
    }

    public sealed interface Outcome {
        record Found(String model, int version, String user, boolean cached, String prediction) implements Outcome {
        }

        record UnknownModel(String model) implements Outcome {
        }

        record UnknownUser(String model, String user) implements Outcome {
        }
    }

    /** The whole lookup, blocking (the event loop's {@link EventLoopPredictions} does the hits without blocking). */
    public Outcome predict(String model, String user) throws Exception {
        if (!models.serves(model)) {
            metrics.unknownModel.increment();
            return new Outcome.UnknownModel(model);
        }
        CurrentLookup.VersionAndValue found = lookup.currentAndValue(model, user);
        int version = found.version() != null ? Integer.parseInt(found.version()) : models.registryCurrent(model);
        String key = RedisKeys.value(model, version, user);
        String cached = found.version() != null ? found.value() : redis.get(key);
        if (cached != null) {
            metrics.hits.increment();
            return new Outcome.Found(model, version, user, true, cached);
        }
        return scoreMiss(model, version, user);
    }

    /** A cache miss of {@code version}: the user's features scored, SET with the TTL, returned. Blocks. */
    Outcome scoreMiss(String model, int version, String user) throws Exception {
        String key = RedisKeys.value(model, version, user);
        RawTable row = features.forUser(user);
        if (row.rowCount() == 0) {
            metrics.unknownUser.increment();
            return new Outcome.UnknownUser(model, user);
        }
        if (row.rowCount() > 1) {
            throw new IllegalStateException("the feature query returned " + row.rowCount() + " rows for user " + user);
        }
        Prediction p = models.version(model, version).score(row, new String[]{user}, clock.instant()).getFirst();
        String json = p.cacheJson();
        redis.set(key, json, expiry);
        metrics.misses.increment();
        return new Outcome.Found(model, version, user, false, json);
    }
}
