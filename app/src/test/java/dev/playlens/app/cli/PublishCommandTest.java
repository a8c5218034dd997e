package dev.playlens.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.playlens.ml.data.RawColumn;
import dev.playlens.ml.registry.ModelRef;
import dev.playlens.ml.registry.ModelRegistry;
import dev.playlens.testsupport.MariaDbServer;
import dev.playlens.testsupport.PostgresServer;
import dev.playlens.testsupport.RealServers;
import dev.playlens.testsupport.RedisServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import redis.clients.jedis.JedisPooled;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.resps.ScanResult;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code playlens publish}: a GBT trained here on the real Telco file, published to DuckDB, PostgreSQL, MariaDB and Redis. */
@ExtendWith(RealServers.class)
class PublishCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    static Path dir;
    private static Path registry;
    private static double[] scores;
    private static String[] ids;

    @BeforeAll
    static void trainChurn() throws Exception {
        registry = dir.resolve("models");
        var telco = TelcoModels.train(registry);
        scores = new ModelRegistry(registry).load(ModelRef.parse("churn:1")).score(telco);
        ids = ((RawColumn.Text) telco.column(TelcoModels.ID)).values();
    }

    private static CliRunner.Run publish(String... extra) {
        List<String> args = new ArrayList<>(List.of("publish", "--model", "churn", "--data", TelcoModels.CSV.toString(),
                "--id", TelcoModels.ID, "--registry", registry.toString()));
        args.addAll(List.of(extra));
        return CliRunner.run(args.toArray(String[]::new));
    }

    @Test
    void publishesEveryUserToEveryTargetAndRepublishingChangesNothing(PostgresServer pg, MariaDbServer maria,
                                                                      RedisServer redis) throws Exception {
        redis.start();
        String duck = "jdbc:duckdb:" + dir.resolve("out.duckdb");
        String pgUrl = pg.newDatabase("cli_publish") + "?user=" + pg.user() + "&password=" + pg.password();
        String[] targets = {"--to", "duckdb:" + dir.resolve("out.duckdb") + "#predictions", "--to", pgUrl + "#predictions",
                "--to", maria.jdbcUrl() + "#predictions", "--to", redis.uri().toString(), "--ttl", "600", "--json"};
        try (JedisPooled j = new JedisPooled(redis.host(), redis.port())) {
            j.flushAll();
            CliRunner.Run first = publish(targets);
            assertThat(first.exitCode()).as(first.err()).isZero();
            JsonNode r = JSON.readTree(first.out());
            assertThat(r.get("rows").asLong()).isEqualTo(TelcoModels.USERS);
            assertThat(r.get("targets")).hasSize(4).allSatisfy(t -> assertThat(t.get("written").asLong()).isEqualTo(TelcoModels.USERS));

            Map<String, Map<String, String>> tables = new HashMap<>();
            for (String url : List.of(duck, pgUrl, maria.jdbcUrl())) {
                Map<String, String> rows = rows(url);
                assertThat(rows).as(url).hasSize(TelcoModels.USERS);
                tables.put(url, rows);
            }
            // The published scores are the model's own scores, user by user.
            for (int i : new int[]{0, 17, 5000, TelcoModels.USERS - 1}) {
                assertThat(Double.parseDouble(tables.get(duck).get(ids[i]).split("\\|")[1])).isEqualTo(scores[i]);
            }
            Map<String, String> cache = redisValues(j);
            assertThat(cache).hasSize(TelcoModels.USERS);
            assertThat(j.get("playlens:churn:current")).isEqualTo("1");
            assertThat(j.ttl("playlens:churn:1:" + ids[3])).isBetween(590L, 600L);

            CliRunner.Run again = publish(targets);
            assertThat(again.exitCode()).as(again.err()).isZero();
            assertThat(JSON.readTree(again.out())).isEqualTo(r);
            for (String url : tables.keySet()) assertThat(rows(url)).as(url).isEqualTo(tables.get(url));
            assertThat(redisValues(j)).isEqualTo(cache);
            assertThat(j.get("playlens:churn:current")).isEqualTo("1");
        }
    }

    @Test
    void jsonIsExactlyOneObjectOfTheContractShape() throws Exception {
        String target = "duckdb:" + dir.resolve("shape.duckdb") + "#scores";
        CliRunner.Run run = publish("--to", target, "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().strip().lines().count()).isEqualTo(1);
        JsonNode o = JSON.readTree(run.out());
        assertThat(fieldNames(o)).containsExactly("model", "version", "rows", "targets");
        assertThat(o.get("model").asText()).isEqualTo("churn");
        assertThat(o.get("version").asInt()).isEqualTo(1);
        assertThat(o.get("targets")).hasSize(1);
        assertThat(fieldNames(o.get("targets").get(0))).containsExactly("to", "written");
        assertThat(o.get("targets").get(0).get("to").asText()).isEqualTo(target);

        CliRunner.Run human = publish("--to", target);
        assertThat(human.exitCode()).as(human.err()).isZero();
        assertThat(human.out()).startsWith("Published churn:1 for 7,043 users").contains(target + ": 7,043");
    }

    @Test
    void badUsageExitsTwoAndAFailedJobOneWithOneLine() {
        CliRunner.Run noData = CliRunner.run("publish", "--model", "churn", "--to", dir.toString());
        assertThat(noData.exitCode()).isEqualTo(2);
        assertThat(noData.errLines()).hasSize(1);
        assertThat(noData.err()).contains("missing DATA");

        CliRunner.Run badTarget = publish("--to", "ftp://somewhere/x");
        assertThat(badTarget.exitCode()).isEqualTo(2);
        assertThat(badTarget.err()).contains("--to ftp://somewhere/x");

        CliRunner.Run badTtl = publish("--to", dir.resolve("files").toString(), "--ttl", "0");
        assertThat(badTtl.exitCode()).isEqualTo(2);

        CliRunner.Run noModel = CliRunner.run("publish", "--model", "nope", "--data", TelcoModels.CSV.toString(),
                "--registry", registry.toString(), "--to", dir.resolve("files").toString());
        assertThat(noModel.exitCode()).isEqualTo(1);
        assertThat(noModel.errLines()).hasSize(1);
        assertThat(noModel.err()).contains("no model named nope");

        CliRunner.Run noId = CliRunner.run("publish", "--model", "churn", "--data", TelcoModels.CSV.toString(),
                "--registry", registry.toString(), "--to", dir.resolve("files").toString());
        assertThat(noId.exitCode()).isEqualTo(1);
        assertThat(noId.err()).contains("no user_id or client_id column");
    }

    private static List<String> fieldNames(JsonNode o) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = o.fieldNames(); it.hasNext(); ) names.add(it.next());
        return names;
    }

    /** user_id -> "version|score|label|cluster" of model churn. */
    private static Map<String, String> rows(String url) throws Exception {
        Map<String, String> out = new HashMap<>();
        try (Connection c = DriverManager.getConnection(url);
             PreparedStatement st = c.prepareStatement(
                     "SELECT user_id, version, score, label, cluster FROM predictions WHERE model = 'churn'");
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getInt(2) + "|" + rs.getDouble(3) + "|" + rs.getObject(4) + "|" + rs.getObject(5));
            }
        }
        return out;
    }

    private static Map<String, String> redisValues(JedisPooled j) {
        Map<String, String> out = new HashMap<>();
        String cursor = ScanParams.SCAN_POINTER_START;
        ScanParams match = new ScanParams().match("playlens:churn:1:*").count(1000);
        do {
            ScanResult<String> page = j.scan(cursor, match);
            for (String key : page.getResult()) out.put(key, j.get(key));
            cursor = page.getCursor();
        } while (!cursor.equals(ScanParams.SCAN_POINTER_START));
        return out;
    }
}
