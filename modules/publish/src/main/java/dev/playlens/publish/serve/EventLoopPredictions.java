package dev.playlens.publish.serve;

import dev.playlens.publish.cache.RedisKeys;
import dev.playlens.publish.cache.RedisLocation;
import io.netty.channel.EventLoop;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.BiConsumer;

/**
 * GET /predict without blocking: the cache read goes out on the HTTP connection's own event loop (its
 * {@link EventLoopRedis}) and a hit is answered from the reply callback on that loop: no thread handoff, which on a
 * busy machine is what made the latency tail (docs/benchmarks.md). With a fresh {@link CurrentPointers pointer} the
 * read is one GET of the versioned key; otherwise the {@link CurrentLookup#SCRIPT script} reads pointer and value
 * together. Only a miss (and a model with no pointer in Redis) goes to {@link CacheAsideScorer} on a blocking thread.
 */
final class EventLoopPredictions {
    private final CacheAsideScorer scorer;
    private final ServeMetrics metrics;
    private final CurrentPointers pointers;
    private final RedisLocation where;
    private final Executor blocking;
    private final Map<EventLoop, EventLoopRedis> connections = new ConcurrentHashMap<>();

    EventLoopPredictions(CacheAsideScorer scorer, RedisLocation where, Executor blocking) {
        this.scorer = scorer;
        this.metrics = scorer.metrics();
        this.pointers = scorer.pointers();
        this.where = where;
        this.blocking = blocking;
    }

    /** Answers on {@code loop} (the caller's): {@code done} gets the outcome, or the failure. */
    void predict(String model, String user, EventLoop loop, BiConsumer<CacheAsideScorer.Outcome, Throwable> done) {
        if (!scorer.models().serves(model)) {
            metrics.unknownModel.increment();
            done.accept(new CacheAsideScorer.Outcome.UnknownModel(model), null);
            return;
        }
        EventLoopRedis redis = connections.computeIfAbsent(loop, l -> new EventLoopRedis(l, where));
        String version = pointers.fresh(model);
        if (version != null) {
            redis.send(reply -> onValue(model, version, user, reply, loop, done),
                    "GET", RedisKeys.modelPrefix(model) + version + ":" + user);
            return;
        }
        long readAt = System.nanoTime();
        redis.send(reply -> {
            if (reply instanceof RedisReply.Error e && e.message().startsWith("NOSCRIPT")) {
                // Redis restarted and lost its script cache: EVAL runs the script and caches it again
                redis.send(again -> onPointerAndValue(model, user, readAt, again, loop, done), "EVAL",
                        CurrentLookup.SCRIPT, "1", RedisKeys.current(model), RedisKeys.modelPrefix(model), user);
            } else {
                onPointerAndValue(model, user, readAt, reply, loop, done);
            }
        }, "EVALSHA", CurrentLookup.SCRIPT_SHA1, "1", RedisKeys.current(model), RedisKeys.modelPrefix(model), user);
    }

    /** The script's reply: {} (no pointer), {version} (a miss) or {version, value} (a hit). */
    private void onPointerAndValue(String model, String user, long readAt, RedisReply reply, EventLoop loop,
                                   BiConsumer<CacheAsideScorer.Outcome, Throwable> done) {
        if (!(reply instanceof RedisReply.Array(List<RedisReply> items))) {
            fail(reply, done);
            return;
        }
        String version = !items.isEmpty() && items.getFirst() instanceof RedisReply.Text(String v) ? v : null;
        pointers.remember(model, version, readAt);
        if (version == null) {
            // nothing published in Redis: the blocking path falls back to the registry's current version
            onBlocking(() -> scorer.predict(model, user), loop, done);
        } else {
            onValue(model, version, user, items.size() > 1 ? items.get(1) : RedisReply.NIL, loop, done);
        }
    }

    private void onValue(String model, String version, String user, RedisReply reply, EventLoop loop,
                         BiConsumer<CacheAsideScorer.Outcome, Throwable> done) {
        if (!(reply instanceof RedisReply.Text) && !(reply instanceof RedisReply.Nil)) {
            fail(reply, done);
            return;
        }
        int v;
        try {
            v = Integer.parseInt(version);
        } catch (NumberFormatException e) { // answered here: a callback that throws would fail the whole connection
            done.accept(null, new IllegalStateException("the current pointer of " + model + " is not a version: " + version));
            return;
        }
        if (reply instanceof RedisReply.Text(String json)) {
            metrics.hits.increment();
            done.accept(new CacheAsideScorer.Outcome.Found(model, v, user, true, json), null);
        } else {
            onBlocking(() -> scorer.scoreMiss(model, v, user), loop, done);
        }
    }

    private static void fail(RedisReply reply, BiConsumer<CacheAsideScorer.Outcome, Throwable> done) {
        done.accept(null, switch (reply) {
            case RedisReply.Unreachable(String reason) -> new CacheUnavailableException(reason);
            case RedisReply.Error(String message) -> new IllegalStateException("Redis: " + message);
            default -> new IllegalStateException("unexpected reply from Redis: " + reply);
        });
    }

    /** Runs {@code work} on a blocking thread and answers back on {@code loop}. */
    private void onBlocking(Callable<CacheAsideScorer.Outcome> work, EventLoop loop,
                            BiConsumer<CacheAsideScorer.Outcome, Throwable> done) {
        try {
            blocking.execute(() -> {
                try {
                    CacheAsideScorer.Outcome outcome = work.call();
                    answerOn(loop, () -> done.accept(outcome, null));
                } catch (Exception | Error failed) {
                    answerOn(loop, () -> done.accept(null, failed));
                }
            });
        } catch (RuntimeException closing) { // the executor is shut down: the server is closing
            done.accept(null, closing);
        }
    }

    private static void answerOn(EventLoop loop, Runnable answer) {
        try {
            loop.execute(answer);
        } catch (RejectedExecutionException closed) {
            // the server closed while the miss was scored: its connection is gone, nothing to answer
        }
    }
}
