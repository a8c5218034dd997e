package dev.playlens.publish;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.playlens.core.job.JobContext;
import dev.playlens.ml.data.RawColumn;
import dev.playlens.ml.registry.ModelRef;
import dev.playlens.publish.batch.JdbcConnectors;
import dev.playlens.publish.cache.RedisLocation;
import dev.playlens.publish.cache.RedisTarget;
import dev.playlens.publish.cache.RedisVersions;
import dev.playlens.publish.serve.CacheAsideScorer;
import dev.playlens.publish.serve.FeatureQuery;
import dev.playlens.publish.serve.FeatureSource;
import dev.playlens.publish.serve.JdbcFeatureSource;
import dev.playlens.publish.serve.PredictionServer;
import dev.playlens.publish.serve.ServeMetrics;
import dev.playlens.publish.serve.ServedModels;
import dev.playlens.testsupport.RealServers;
import dev.playlens.testsupport.RedisServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import redis.clients.jedis.JedisPooled;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(RealServers.class)
class ServeTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final TestModels models = TestModels.get();
    private final HttpClient http = HttpClient.newHttpClient();
    @TempDir
    Path dir;

    private HttpResponse<String> get(PredictionServer s, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void hitsMissesUnknownsAndMetrics(RedisServer redis) throws Exception {
        redis.start();
        String warehouse = "duckdb:" + dir.resolve("w.duckdb");
        try (Connection c = DriverManager.getConnection("jdbc:" + warehouse)) {
            FeatureTables.write(c, "features", models.telco);
        }
        try (JedisPooled j = new JedisPooled(redis.host(), redis.port())) {
            j.flushAll();
            // Only the first 100 users are in the cache; current -> churn:1.
            new Publisher(Clock.systemUTC(), Optional.empty(), 50).publish(models.load("churn:1"), models.first(100),
                    TestModels.ID, "telco", List.of(new RedisTarget(RedisLocation.parse(redis.uri().toString()),
                            Duration.ofMinutes(10))), JobContext.silent());
            String[] ids = ((RawColumn.Text) models.telco.column(TestModels.ID)).values();
            double[] v1 = models.registry.load(ModelRef.parse("churn:1")).score(models.telco);

            ServeMetrics metrics = new ServeMetrics();
            try (JdbcFeatureSource features = new JdbcFeatureSource(JdbcConnectors.fromEnvironment(Map.of()), warehouse,
                    FeatureQuery.forTable("features", TestModels.ID), 2);
                 PredictionServer server = PredictionServer.start(new InetSocketAddress("127.0.0.1", 0),
                         new CacheAsideScorer(j, new ServedModels(models.registry, Set.of("churn")), features,
                                 Duration.ofMinutes(10), metrics, Clock.systemUTC()))) {
                HttpResponse<String> hit = get(server, "/predict/churn/" + ids[5]);
                assertThat(hit.statusCode()).isEqualTo(200);
                JsonNode h = JSON.readTree(hit.body());
                assertThat(h.get("cached").asBoolean()).isTrue();
                assertThat(h.get("version").asInt()).isEqualTo(1);
                assertThat(h.get("prediction").get("score").asDouble()).isEqualTo(v1[5]);

                HttpResponse<String> miss = get(server, "/predict/churn/" + ids[5000]);
                assertThat(miss.statusCode()).isEqualTo(200);
                JsonNode m = JSON.readTree(miss.body());
                assertThat(m.get("cached").asBoolean()).isFalse();
                assertThat(m.get("user").asText()).isEqualTo(ids[5000]);
                assertThat(m.get("prediction").get("score").asDouble()).isEqualTo(v1[5000]);
                assertThat(m.get("prediction").get("label").asInt()).isEqualTo(v1[5000] >= 0.5 ? 1 : 0);
                assertThat(j.ttl("playlens:churn:1:" + ids[5000])).isBetween(590L, 600L);
                JsonNode again = JSON.readTree(get(server, "/predict/churn/" + ids[5000]).body());
                assertThat(again.get("cached").asBoolean()).isTrue();
                assertThat(again.get("prediction")).isEqualTo(m.get("prediction"));

                HttpResponse<String> noModel = get(server, "/predict/nope/" + ids[1]);
                assertThat(noModel.statusCode()).isEqualTo(404);
                assertThat(noModel.body()).isEqualTo("{\"error\":\"unknown model nope\"}");
                HttpResponse<String> noUser = get(server, "/predict/churn/0000-NOBODY");
                assertThat(noUser.statusCode()).isEqualTo(404);
                assertThat(noUser.body()).isEqualTo("{\"error\":\"unknown user 0000-NOBODY for model churn\"}");

                // After a republish as churn:2 the endpoint answers from version 2 once the pointer is re-read.
                new Publisher(Clock.systemUTC(), Optional.empty(), 50).publish(models.load("churn:2"), models.first(100),
                        TestModels.ID, "telco", List.of(new RedisTarget(RedisLocation.parse(redis.uri().toString()),
                                Duration.ofMinutes(10))), JobContext.silent());
                Thread.sleep(CacheAsideScorer.DEFAULT_MAX_STALENESS.toMillis());
                double[] v2 = models.registry.load(ModelRef.parse("churn:2")).score(models.first(100));
                JsonNode after = JSON.readTree(get(server, "/predict/churn/" + ids[5]).body());
                assertThat(after.get("version").asInt()).isEqualTo(2);
                assertThat(after.get("prediction").get("score").asDouble()).isEqualTo(v2[5]);

                JsonNode counters = JSON.readTree(get(server, "/metrics").body());
                assertThat(counters.get("hits").asLong()).isEqualTo(3);
                assertThat(counters.get("misses").asLong()).isEqualTo(1);
                assertThat(counters.get("unknown_model").asLong()).isEqualTo(1);
                assertThat(counters.get("unknown_user").asLong()).isEqualTo(1);
                assertThat(get(server, "/metrics?format=prometheus").body())
                        .contains("playlens_predict_requests_total{result=\"hit\"} 3");
                assertThat(get(server, "/predict/churn").statusCode()).isEqualTo(400);
            }
        }
    }

    @Test
    void aMovedCurrentIsAnsweredWithinTheStalenessBound(RedisServer redis) throws Exception {
        redis.start();
        try (JedisPooled j = new JedisPooled(redis.host(), redis.port())) {
            j.flushAll();
            RedisTarget target = new RedisTarget(RedisLocation.parse(redis.uri().toString()), Duration.ofMinutes(10));
            for (String version : List.of("churn:1", "churn:2")) {
                new Publisher(Clock.systemUTC(), Optional.empty(), 50).publish(models.load(version), models.first(20),
                        TestModels.ID, "telco", List.of(target), JobContext.silent());
            }
            String user = ((RawColumn.Text) models.telco.column(TestModels.ID)).values()[3];
            FeatureSource none = id -> {
                throw new AssertionError("every user is cached; no miss expected for " + id);
            };
            Duration bound = Duration.ofMillis(300);
            CacheAsideScorer scorer = new CacheAsideScorer(j, new ServedModels(models.registry, Set.of("churn")), none,
                    Duration.ofMinutes(10), new ServeMetrics(), Clock.systemUTC(), bound);
            assertThat(version(scorer, user)).isEqualTo(2);

            RedisVersions versions = new RedisVersions(j);
            for (int expected : new int[]{1, 2, 1}) {
                versions.switchTo("churn", expected);
                long switched = System.nanoTime();
                while (version(scorer, user) != expected) {
                    assertThat(Duration.ofNanos(System.nanoTime() - switched))
                            .as("still answering the old version").isLessThan(bound.plusMillis(200));
                    Thread.sleep(5);
                }
                // once switched, it stays switched
                for (int i = 0; i < 20; i++) assertThat(version(scorer, user)).isEqualTo(expected);
            }

            CacheAsideScorer unbuffered = new CacheAsideScorer(j, new ServedModels(models.registry, Set.of("churn")),
                    none, Duration.ofMinutes(10), new ServeMetrics(), Clock.systemUTC(), Duration.ZERO);
            assertThat(version(unbuffered, user)).isEqualTo(1);
            versions.switchTo("churn", 2);
            assertThat(version(unbuffered, user)).as("no buffering: the switch is seen at once").isEqualTo(2);
        }
    }

    private static int version(CacheAsideScorer scorer, String user) throws Exception {
        CacheAsideScorer.Outcome.Found found = (CacheAsideScorer.Outcome.Found) scorer.predict("churn", user);
        assertThat(found.cached()).isTrue();
        return found.version();
    }
}
