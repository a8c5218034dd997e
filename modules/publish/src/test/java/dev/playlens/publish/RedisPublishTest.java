package dev.playlens.publish;

import dev.playlens.core.job.JobContext;
import dev.playlens.ml.registry.ModelRef;
import dev.playlens.publish.cache.RedisKeys;
import dev.playlens.publish.cache.RedisLocation;
import dev.playlens.publish.cache.RedisTarget;
import dev.playlens.publish.cache.RedisVersions;
import dev.playlens.testsupport.RealServers;
import dev.playlens.testsupport.RedisServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import redis.clients.jedis.JedisPooled;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.resps.ScanResult;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ExtendWith(RealServers.class)
class RedisPublishTest {
    private final TestModels models = TestModels.get();
    @org.junit.jupiter.api.io.TempDir
    java.nio.file.Path dir;

    @BeforeEach
    void emptyRedis(RedisServer redis) {
        redis.start();
        try (JedisPooled j = new JedisPooled(redis.host(), redis.port())) {
            j.flushAll();
        }
    }

    private PublishResult publish(RedisServer redis, String ref, Consumer<Long> afterBatch) throws Exception {
        JobContext context = new JobContext() {
            @Override
            public void progress(long done, long total, String message) {
                afterBatch.accept(done);
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
        return new Publisher(Clock.systemUTC(), Optional.of(new PublishHistory(dir.resolve("publishes.jsonl"))), 1000).publish(models.load(ref), models.telco,
                TestModels.ID, "telco.csv", List.of(new RedisTarget(RedisLocation.parse(redis.uri().toString()),
                        Duration.ofHours(1))), context);
    }

    private static long countKeys(JedisPooled j, String prefix) {
        long n = 0;
        String cursor = ScanParams.SCAN_POINTER_START;
        do {
            ScanResult<String> r = j.scan(cursor, new ScanParams().match(prefix + "*").count(5000));
            n += r.getResult().size();
            cursor = r.getCursor();
        } while (!cursor.equals(ScanParams.SCAN_POINTER_START));
        return n;
    }

    @Test
    void versionedKeysThenAnAtomicSwitchAndARollback(RedisServer redis) throws Exception {
        PublishResult r = publish(redis, "churn:1", done -> { });
        assertThat(r.targets()).containsExactly(new PublishResult.TargetResult(redis.uri().toString(), 7043));
        try (JedisPooled j = new JedisPooled(redis.host(), redis.port())) {
            RedisVersions versions = new RedisVersions(j);
            assertThat(versions.current("churn")).contains(1);
            assertThat(countKeys(j, RedisKeys.valuePrefix("churn", 1))).isEqualTo(7043);
            double p = models.registry.load(ModelRef.parse("churn:1")).score(models.first(1))[0];
            assertThat(j.get("playlens:churn:1:7590-VHVEG"))
                    .isEqualTo(new Prediction("churn", 1, "x", p, p >= 0.5 ? 1 : 0, null, Instant.now()).cacheJson());
            assertThat(j.ttl("playlens:churn:1:7590-VHVEG")).isBetween(3500L, 3600L);
            assertThat(j.ttl(RedisKeys.current("churn"))).isEqualTo(-1);
            assertThat(versions.manifest("churn", 1).orElseThrow()).containsEntry("rows", 7043);

            publish(redis, "churn:2", done -> { });
            assertThat(versions.current("churn")).contains(2);
            assertThat(countKeys(j, RedisKeys.valuePrefix("churn", 1))).as("old keys expire by TTL").isEqualTo(7043);

            versions.switchTo("churn", 1);
            assertThat(versions.current("churn")).contains(1);
            j.del(RedisKeys.manifest("churn", 2)); // as if version 2 had expired
            assertThatThrownBy(() -> versions.switchTo("churn", 2)).hasMessageContaining("keys are not in Redis")
                    .hasMessageContaining("current stays 1");
            assertThatThrownBy(() -> versions.switchTo("churn", 9)).hasMessageContaining("cannot switch churn to version 9");
            assertThat(versions.current("churn")).contains(1);
        }
    }

    @Test
    void aPublishWhoseConnectionDiesLeavesCurrentOnThePreviousVersion(RedisServer redis) throws Exception {
        publish(redis, "churn:1", done -> { });
        try (JedisPooled j = new JedisPooled(redis.host(), redis.port())) {
            assertThatThrownBy(() -> publish(redis, "churn:2", done -> {
                if (done == 3000) killPublisherConnection(redis);
            })).isNotNull();
            assertThat(new RedisVersions(j).current("churn")).contains(1);
            assertThat(j.exists(RedisKeys.manifest("churn", 2))).isFalse();
            assertThat(countKeys(j, RedisKeys.valuePrefix("churn", 1))).isEqualTo(7043);

            // The endpoint keeps serving version 1 from the cache (a hit: the warehouse is never asked).
            assertServesVersionOne(j);
        }
        var history = new PublishHistory(dir.resolve("publishes.jsonl")).read();
        assertThat(history).hasSize(2);
        assertThat(history.get(0)).containsEntry("status", "ok").containsEntry("keys", 7043).containsEntry("version", 1);
        assertThat(history.get(1)).containsEntry("status", "failed").containsEntry("keys", 0).containsEntry("version", 2);
        assertThat((String) history.get(1).get("error")).contains("Redis connection");
    }

    @Test
    void aServerStoppedMidPublishComesBackOnThePreviousVersionAndServesIt(RedisServer redis) throws Exception {
        publish(redis, "churn:1", done -> { });
        try (redis.clients.jedis.Jedis admin = new redis.clients.jedis.Jedis(redis.host(), redis.port())) {
            // as a production server does: a snapshot is written at shutdown, so the data outlives the stop
            admin.configSet("save", "3600 1");
        }
        assertThatThrownBy(() -> publish(redis, "churn:2", done -> {
            if (done == 2000) {
                Thread stopper = Thread.ofPlatform().start(redis::stop);
                try {
                    stopper.join();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }
        })).hasMessageContaining("Redis");
        redis.start();
        try (redis.clients.jedis.Jedis admin = new redis.clients.jedis.Jedis(redis.host(), redis.port());
             JedisPooled j = new JedisPooled(redis.host(), redis.port())) {
            try {
                assertThat(new RedisVersions(j).current("churn")).as("current is where it was").contains(1);
                assertThat(j.exists(RedisKeys.manifest("churn", 2))).isFalse();
                assertThat(countKeys(j, RedisKeys.valuePrefix("churn", 1))).isEqualTo(7043);
                assertServesVersionOne(j);
            } finally {
                admin.configSet("save", "");
                admin.flushAll();
                java.nio.file.Files.deleteIfExists(java.nio.file.Path.of(admin.configGet("dir").get("dir"), "dump.rdb"));
            }
        }
    }

    /** The cache-aside scorer answers the first Telco user from version 1's cached value, never asking the warehouse. */
    private void assertServesVersionOne(JedisPooled j) throws Exception {
        var scorer = new dev.playlens.publish.serve.CacheAsideScorer(j,
                new dev.playlens.publish.serve.ServedModels(models.registry, java.util.Set.of("churn")),
                user -> { throw new AssertionError("no warehouse call expected for " + user); },
                Duration.ofMinutes(1), new dev.playlens.publish.serve.ServeMetrics(), Clock.systemUTC());
        double p = models.registry.load(ModelRef.parse("churn:1")).score(models.first(1))[0];
        assertThat(scorer.predict("churn", "7590-VHVEG")).as("served from version 1")
                .isEqualTo(new dev.playlens.publish.serve.CacheAsideScorer.Outcome.Found("churn", 1, "7590-VHVEG", true,
                        new Prediction("churn", 1, "x", p, p >= 0.5 ? 1 : 0, null, Instant.now()).cacheJson()));
    }

    private static void killPublisherConnection(RedisServer redis) {
        try (redis.clients.jedis.Jedis j = new redis.clients.jedis.Jedis(redis.host(), redis.port())) {
            killIn(j);
        }
    }

    private static void killIn(redis.clients.jedis.Jedis j) {
        String list = j.clientList();
        String id = list.lines().filter(l -> l.contains("name=playlens-publish ")).map(l -> l.split(" ")[0].substring(3))
                .findFirst().orElseThrow(() -> new AssertionError("no playlens-publish connection in " + list));
        j.clientKill(new redis.clients.jedis.params.ClientKillParams().id(id));
    }
}
