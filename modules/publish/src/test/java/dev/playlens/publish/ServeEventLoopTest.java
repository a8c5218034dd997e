package dev.playlens.publish;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.playlens.core.job.JobContext;
import dev.playlens.ml.data.RawColumn;
import dev.playlens.ml.registry.ModelRef;
import dev.playlens.publish.cache.RedisLocation;
import dev.playlens.publish.cache.RedisTarget;
import dev.playlens.publish.cache.RedisVersions;
import dev.playlens.publish.serve.CacheAsideScorer;
import dev.playlens.publish.serve.FeatureSource;
import dev.playlens.publish.serve.PredictionServer;
import dev.playlens.publish.serve.ServeMetrics;
import dev.playlens.publish.serve.ServeRedis;
import dev.playlens.publish.serve.ServedModels;
import dev.playlens.testsupport.RealServers;
import dev.playlens.testsupport.RedisServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import redis.clients.jedis.JedisPooled;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The endpoint's event-loop cache reads over HTTP: exact counters under concurrent clients, a moved {@code current}
 * within the staleness bound, Redis down (503 JSON) and back (answered again, the script re-sent after Redis lost it),
 * and a model with no pointer in Redis.
 */
@ExtendWith(RealServers.class)
class ServeEventLoopTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final TestModels models = TestModels.get();
    private final HttpClient http = HttpClient.newHttpClient();
    private final String[] ids = ((RawColumn.Text) models.telco.column(TestModels.ID)).values();

    private HttpResponse<String> get(PredictionServer s, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode predict(PredictionServer s, String user) throws Exception {
        HttpResponse<String> r = get(s, "/predict/churn/" + user);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    private void publish(RedisServer redis, String version, int users) throws Exception {
        new Publisher(Clock.systemUTC(), Optional.empty(), 50).publish(models.load(version), models.first(users),
                TestModels.ID, "telco", List.of(new RedisTarget(RedisLocation.parse(redis.uri().toString()),
                        Duration.ofMinutes(10))), JobContext.silent());
    }

    private static PredictionServer serve(JedisPooled redis, TestModels models, FeatureSource features,
                                          ServeMetrics metrics) throws Exception {
        return PredictionServer.start(new InetSocketAddress("127.0.0.1", 0), new CacheAsideScorer(redis,
                new ServedModels(models.registry, Set.of("churn")), features, Duration.ofMinutes(10), metrics,
                Clock.systemUTC()));
    }

    @Test
    void concurrentClientsGetTheirOwnAnswersAndExactCounters(RedisServer redis) throws Exception {
        redis.start();
        try (JedisPooled j = ServeRedis.connect(RedisLocation.parse(redis.uri().toString()))) {
            j.flushAll();
            publish(redis, "churn:1", 50);
            ServeMetrics metrics = new ServeMetrics();
            try (PredictionServer server = serve(j, models, id -> {
                throw new AssertionError("no miss expected for " + id);
            }, metrics); ExecutorService clients = Executors.newFixedThreadPool(8)) {
                List<Future<?>> done = new ArrayList<>();
                for (int c = 0; c < 8; c++) {
                    int client = c;
                    done.add(clients.submit(() -> {
                        for (int i = 0; i < 100; i++) {
                            String user = ids[(client * 7 + i) % 50];
                            assertThat(predict(server, user).get("user").asText()).isEqualTo(user);
                            assertThat(get(server, "/predict/nope/" + user).statusCode()).isEqualTo(404);
                        }
                        return null;
                    }));
                }
                for (Future<?> f : done) f.get();
                JsonNode counters = JSON.readTree(get(server, "/metrics").body());
                assertThat(counters.get("hits").asLong()).isEqualTo(800);
                assertThat(counters.get("unknown_model").asLong()).isEqualTo(800);
                assertThat(counters.get("misses").asLong() + counters.get("errors").asLong()).isZero();
            }
        }
    }

    @Test
    void answersA503WhileRedisIsDownAndAgainOnceItIsBack(RedisServer redis) throws Exception {
        redis.start();
        try (JedisPooled j = ServeRedis.connect(RedisLocation.parse(redis.uri().toString()))) {
            j.flushAll();
            publish(redis, "churn:1", 10);
            ServeMetrics metrics = new ServeMetrics();
            try (PredictionServer server = serve(j, models, id -> {
                throw new AssertionError("no miss expected for " + id);
            }, metrics)) {
                assertThat(predict(server, ids[3]).get("cached").asBoolean()).isTrue();

                redis.stop();
                HttpResponse<String> down = get(server, "/predict/churn/" + ids[3]);
                assertThat(down.statusCode()).isEqualTo(503);
                assertThat(JSON.readTree(down.body()).get("error").asText())
                        .startsWith("cache unavailable: ").contains(String.valueOf(redis.port()));
                assertThat(JSON.readTree(get(server, "/metrics").body()).get("errors").asLong()).isEqualTo(1);

                redis.start(); // empty, and without the script
                publish(redis, "churn:1", 10);
                Thread.sleep(CacheAsideScorer.DEFAULT_MAX_STALENESS.toMillis()); // the pointer is read again
                JsonNode back = predict(server, ids[3]);
                assertThat(back.get("cached").asBoolean()).isTrue();
                assertThat(back.get("version").asInt()).isEqualTo(1);
                assertThat(predict(server, ids[4]).get("user").asText()).as("a GET within the bound").isEqualTo(ids[4]);
                assertThat(metrics.hits()).isEqualTo(3);
            }
        }
    }

    @Test
    void aMovedCurrentIsAnsweredWithinTheStalenessBoundOverHttp(RedisServer redis) throws Exception {
        redis.start();
        try (JedisPooled j = new JedisPooled(redis.host(), redis.port())) { // a pool not from ServeRedis works too
            j.flushAll();
            publish(redis, "churn:1", 10);
            publish(redis, "churn:2", 10);
            try (PredictionServer server = serve(j, models, id -> {
                throw new AssertionError("no miss expected for " + id);
            }, new ServeMetrics())) {
                assertThat(predict(server, ids[2]).get("version").asInt()).isEqualTo(2);
                RedisVersions versions = new RedisVersions(j);
                Duration bound = CacheAsideScorer.DEFAULT_MAX_STALENESS.plusMillis(200);
                for (int expected : new int[]{1, 2}) {
                    versions.switchTo("churn", expected);
                    long switched = System.nanoTime();
                    while (predict(server, ids[2]).get("version").asInt() != expected) {
                        assertThat(Duration.ofNanos(System.nanoTime() - switched))
                                .as("still answering the old version").isLessThan(bound);
                        Thread.sleep(5);
                    }
                    for (int i = 0; i < 20; i++) assertThat(predict(server, ids[2]).get("version").asInt()).isEqualTo(expected);
                }
            }
        }
    }

    @Test
    void aRedisErrorReplyIsA500WithItsMessage(RedisServer redis) throws Exception {
        redis.start();
        try (JedisPooled j = ServeRedis.connect(RedisLocation.parse(redis.uri().toString()))) {
            j.flushAll();
            publish(redis, "churn:1", 10);
            j.del("playlens:churn:1:" + ids[1]);
            j.hset("playlens:churn:1:" + ids[1], "not", "a string"); // GET answers WRONGTYPE
            ServeMetrics metrics = new ServeMetrics();
            try (PredictionServer server = serve(j, models, id -> {
                throw new AssertionError("no miss expected for " + id);
            }, metrics)) {
                predict(server, ids[2]); // reads the pointer: the next request is a plain GET
                HttpResponse<String> wrong = get(server, "/predict/churn/" + ids[1]);
                assertThat(wrong.statusCode()).isEqualTo(500);
                assertThat(JSON.readTree(wrong.body()).get("error").asText()).startsWith("Redis: ").contains("WRONGTYPE");
                assertThat(metrics.hits()).isEqualTo(1);
                assertThat(predict(server, ids[2]).get("cached").asBoolean()).as("the connection still serves").isTrue();

                j.set("playlens:churn:current", "garbage");
                Thread.sleep(CacheAsideScorer.DEFAULT_MAX_STALENESS.toMillis()); // the pointer is read again
                HttpResponse<String> bad = get(server, "/predict/churn/" + ids[2]);
                assertThat(bad.statusCode()).isEqualTo(500);
                assertThat(bad.body()).contains("not a version: garbage");
                j.set("playlens:churn:current", "1");
                Thread.sleep(CacheAsideScorer.DEFAULT_MAX_STALENESS.toMillis());
                assertThat(predict(server, ids[2]).get("version").asInt()).isEqualTo(1);
            }
        }
    }

    @Test
    void withNoPointerInRedisTheRegistrysCurrentVersionIsScored(RedisServer redis) throws Exception {
        redis.start();
        try (JedisPooled j = new JedisPooled(redis.host(), redis.port())) {
            j.flushAll(); // nothing published: no current pointer
            ServeMetrics metrics = new ServeMetrics();
            try (PredictionServer server = serve(j, models, id -> models.first(1), metrics)) {
                JsonNode scored = predict(server, ids[0]);
                int registryCurrent = models.registry.currentVersion("churn");
                assertThat(scored.get("cached").asBoolean()).isFalse();
                assertThat(scored.get("version").asInt()).isEqualTo(registryCurrent);
                double[] expected = models.registry.load(new ModelRef("churn", registryCurrent)).score(models.first(1));
                assertThat(scored.get("prediction").get("score").asDouble()).isEqualTo(expected[0]);
                assertThat(j.exists("playlens:churn:" + registryCurrent + ":" + ids[0])).isTrue();
                assertThat(metrics.misses()).isEqualTo(1);
            }
        }
    }
}
