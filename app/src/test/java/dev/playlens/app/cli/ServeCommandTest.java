package dev.playlens.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.playlens.ml.data.RawColumn;
import dev.playlens.ml.data.RawTable;
import dev.playlens.ml.registry.ModelRef;
import dev.playlens.ml.registry.ModelRegistry;
import dev.playlens.testsupport.RealServers;
import dev.playlens.testsupport.RedisServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.io.TempDir;
import redis.clients.jedis.JedisPooled;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code playlens serve} in-process on a free port: cache hits, scored misses, unknown model/user, /metrics. */
@ExtendWith(RealServers.class)
class ServeCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FEATURES = "SELECT * FROM features ORDER BY customerID LIMIT 100";
    @TempDir
    static Path dir;
    private static Path registry;
    private static String warehouse;
    private static RawTable telco;
    private static double[] scores;

    @BeforeAll
    static void trainAndLoadFeatures() throws Exception {
        registry = dir.resolve("models");
        telco = TelcoModels.train(registry);
        scores = new ModelRegistry(registry).load(ModelRef.parse("churn")).score(telco);
        warehouse = "duckdb:" + dir.resolve("w.duckdb");
        try (Connection c = DriverManager.getConnection("jdbc:" + warehouse); Statement s = c.createStatement()) {
            // blank TotalCharges (11 new customers) become NULL, as the CSV reader makes them missing
            s.execute("CREATE TABLE features AS SELECT * FROM read_csv('" + TelcoModels.CSV
                    + "', header = true, nullstr = ' ', types = {'TotalCharges': 'DOUBLE'})");
        }
    }

    @Test
    void answersFromTheCacheScoresMissesAndCountsThem(RedisServer redis) throws Exception {
        redis.start();
        try (JedisPooled j = new JedisPooled(redis.host(), redis.port())) {
            j.flushAll();
        }
        // Only the first 100 customers (by id) are published to the cache.
        CliRunner.Run published = CliRunner.run("publish", "--model", "churn", "--warehouse", warehouse, "--query", FEATURES,
                "--id", TelcoModels.ID, "--registry", registry.toString(), "--to", redis.uri().toString(), "--json");
        assertThat(published.exitCode()).as(published.err()).isZero();
        assertThat(JSON.readTree(published.out()).get("rows").asInt()).isEqualTo(100);
        String[] ids = ((RawColumn.Text) telco.column(TelcoModels.ID)).values();
        java.util.List<String> sorted = java.util.Arrays.stream(ids).sorted().toList();
        int cached = indexOf(ids, sorted.get(10));
        int uncached = indexOf(ids, sorted.get(5000));

        try (InProcessServe server = InProcessServe.start("--model", "churn", "--redis", redis.uri().toString(),
                "--warehouse", warehouse, "--table", "features", "--id", TelcoModels.ID, "--registry", registry.toString(),
                "--ttl", "300")) {
            JsonNode hit = JSON.readTree(server.get("/predict/churn/" + ids[cached]).body());
            assertThat(hit.get("cached").asBoolean()).isTrue();
            assertThat(hit.get("version").asInt()).isEqualTo(1);
            assertThat(hit.get("prediction").get("score").asDouble()).isEqualTo(scores[cached]);

            HttpResponse<String> missResponse = server.get("/predict/churn/" + ids[uncached]);
            assertThat(missResponse.statusCode()).isEqualTo(200);
            JsonNode miss = JSON.readTree(missResponse.body());
            assertThat(miss.get("cached").asBoolean()).isFalse();
            assertThat(miss.get("user").asText()).isEqualTo(ids[uncached]);
            assertThat(miss.get("prediction").get("score").asDouble()).isCloseTo(scores[uncached], Offset.offset(1e-9));
            JsonNode again = JSON.readTree(server.get("/predict/churn/" + ids[uncached]).body());
            assertThat(again.get("cached").asBoolean()).isTrue();
            assertThat(again.get("prediction")).isEqualTo(miss.get("prediction"));
            try (JedisPooled j = new JedisPooled(redis.host(), redis.port())) {
                assertThat(j.ttl("playlens:churn:1:" + ids[uncached])).isBetween(290L, 300L);
            }

            HttpResponse<String> noModel = server.get("/predict/nope/" + ids[cached]);
            assertThat(noModel.statusCode()).isEqualTo(404);
            assertThat(JSON.readTree(noModel.body()).get("error").asText()).isEqualTo("unknown model nope");
            HttpResponse<String> noUser = server.get("/predict/churn/0000-NOBODY");
            assertThat(noUser.statusCode()).isEqualTo(404);
            assertThat(JSON.readTree(noUser.body()).get("error").asText()).isEqualTo("unknown user 0000-NOBODY for model churn");

            JsonNode metrics = JSON.readTree(server.get("/metrics").body());
            assertThat(metrics.get("hits").asLong()).isEqualTo(2);
            assertThat(metrics.get("misses").asLong()).isEqualTo(1);
            assertThat(metrics.get("unknown_model").asLong()).isEqualTo(1);
            assertThat(metrics.get("unknown_user").asLong()).isEqualTo(1);
            assertThat(server.get("/metrics?format=prometheus").body()).contains("playlens_predict_requests_total{result=\"miss\"} 1");

            assertThat(server.stop()).as("the command returns and frees the port").isTrue();
        }
    }

    @Test
    void badOptionsAreUsageAndAnUnreachableCacheFailsAtStart() throws Exception {
        CliRunner.Run versioned = CliRunner.run("serve", "--model", "churn:1", "--redis", "redis://127.0.0.1:1",
                "--warehouse", warehouse, "--registry", registry.toString());
        assertThat(versioned.exitCode()).isEqualTo(2);
        assertThat(versioned.err()).contains("--model");

        CliRunner.Run badRedis = CliRunner.run("serve", "--model", "churn", "--redis", "http://x", "--warehouse", warehouse);
        assertThat(badRedis.exitCode()).isEqualTo(2);
        assertThat(badRedis.err()).contains("--redis");

        CliRunner.Run unknown = CliRunner.run("serve", "--model", "nope", "--redis", "redis://127.0.0.1:1",
                "--warehouse", warehouse, "--table", "features", "--registry", registry.toString(), "--port", "0");
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.errLines()).hasSize(1);
        assertThat(unknown.err()).contains("no model named nope");

        CliRunner.Run noFeatures = CliRunner.run("serve", "--model", "churn", "--redis", "redis://127.0.0.1:1",
                "--warehouse", warehouse, "--registry", registry.toString(), "--port", "0");
        assertThat(noFeatures.exitCode()).isEqualTo(2);
        assertThat(noFeatures.err()).contains("churn:1 was trained from file:").contains("--table or --query");

        int closed = InProcessServe.freePort();
        CliRunner.Run down = CliRunner.run("serve", "--model", "churn", "--redis", "redis://127.0.0.1:" + closed,
                "--warehouse", warehouse, "--table", "features", "--id", TelcoModels.ID, "--registry", registry.toString(),
                "--port", "0");
        assertThat(down.exitCode()).isEqualTo(1);
        assertThat(down.errLines()).hasSize(1);
        assertThat(down.err()).contains("cannot reach redis://127.0.0.1:" + closed);
    }

    private static int indexOf(String[] ids, String id) {
        for (int i = 0; i < ids.length; i++) if (ids[i].equals(id)) return i;
        throw new AssertionError(id);
    }
}
