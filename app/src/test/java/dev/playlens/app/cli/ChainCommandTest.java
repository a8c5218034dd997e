package dev.playlens.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.playlens.core.job.JobContext;
import dev.playlens.core.sql.Engine;
import dev.playlens.ml.data.DataSource;
import dev.playlens.ml.data.FeatureWindow;
import dev.playlens.ml.data.GameEventsFeatureQuery;
import dev.playlens.ml.data.FeatureLoader;
import dev.playlens.ml.data.TableReader;
import dev.playlens.ml.data.WarehouseConnector;
import dev.playlens.ml.model.Algorithm;
import dev.playlens.ml.model.ClassifierTrainer;
import dev.playlens.ml.model.TrainParams;
import dev.playlens.ml.prep.PreprocessorFitter;
import dev.playlens.ml.data.RawColumn;
import dev.playlens.ml.registry.ModelRef;
import dev.playlens.ml.registry.ModelRegistry;
import dev.playlens.ml.train.TrainRequest;
import dev.playlens.ml.train.TrainingService;
import dev.playlens.storage.StoreSettings;
import dev.playlens.testsupport.RealServers;
import dev.playlens.storage.ObjectStore;
import dev.playlens.storage.ObjectStores;
import dev.playlens.testsupport.RedisServer;
import dev.playlens.testsupport.S3Server;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import redis.clients.jedis.JedisPooled;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code playlens chain} end to end on the demo generator's game: transfer the bucket to a landing folder, ingest
 * it into a fresh DuckDB, score every player with a churn model trained here, publish to a table and Redis.
 */
@ExtendWith(RealServers.class)
class ChainCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** One row per player; churned = not seen in the last two days of the data. */
    static final String FEATURES = """
            SELECT client_id, count(*) AS events, count(DISTINCT session_id) AS sessions,
              count(*) FILTER (WHERE event_type = 'player_death') AS deaths,
              count(*) FILTER (WHERE event_type = 'level_complete') AS levels_completed,
              count(DISTINCT CAST(event_timestamp AS DATE)) AS active_days,
              CASE WHEN max(event_timestamp) < (SELECT max(event_timestamp) FROM game_events) - INTERVAL 2 DAY
                   THEN 1 ELSE 0 END AS churned
            FROM game_events GROUP BY client_id ORDER BY client_id""";
    @TempDir
    static Path dir;
    private static Path demo;
    private static Path registry;
    private static long demoEvents;
    private static long demoPlayers;

    @BeforeAll
    static void demoGameAndModel() throws Exception {
        demo = dir.resolve("demo");
        CliRunner.Run generated = CliRunner.run("demo", "--dir", demo.toString(), "--players", "120", "--days", "8", "--json");
        assertThat(generated.exitCode()).as(generated.err()).isZero();
        String demoWarehouse = "duckdb:" + demo.resolve("warehouse.duckdb");
        try (Connection c = DriverManager.getConnection("jdbc:" + demoWarehouse); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*), count(DISTINCT client_id) FROM game_events")) {
            rs.next();
            demoEvents = rs.getLong(1);
            demoPlayers = rs.getLong(2);
        }
        registry = dir.resolve("models");
        FeatureLoader loader = new FeatureLoader(WarehouseConnector.duckdbOnly(), new TableReader());
        TrainRequest churn = new TrainRequest(new DataSource.WarehouseQuery(demoWarehouse, FEATURES, List.of()), "churned",
                "1", Algorithm.LOGISTIC, TrainParams.defaults(Algorithm.LOGISTIC), 42, 0.25, List.of("client_id"), "churn",
                0.5, 0, 100);
        TrainingService training = new TrainingService(loader, new ClassifierTrainer(), new PreprocessorFitter(),
                Optional.of(new ModelRegistry(registry)));
        training.train(churn, JobContext.silent());
        // "activity": the default feature query, labelled by whether a player comes back within two days
        Instant first, last;
        try (Connection c = DriverManager.getConnection("jdbc:" + demoWarehouse); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT min(event_timestamp), max(event_timestamp) FROM game_events")) {
            rs.next();
            first = rs.getTimestamp(1).toLocalDateTime().toInstant(ZoneOffset.UTC);
            last = rs.getTimestamp(2).toLocalDateTime().toInstant(ZoneOffset.UTC);
        }
        var window = new FeatureWindow(first, last.minus(Duration.ofDays(2)), Duration.ofDays(2));
        var activity = new GameEventsFeatureQuery(Engine.DUCKDB, GameEventsFeatureQuery.EventTypes.DEFAULT).build(window);
        training.train(new TrainRequest(activity.on(demoWarehouse), GameEventsFeatureQuery.CHURN_LABEL, "1",
                Algorithm.LOGISTIC, TrainParams.defaults(Algorithm.LOGISTIC), 42, 0.25,
                List.of("client_id", GameEventsFeatureQuery.PAYMENT_LABEL, "app_version"), "activity", 0.5, 0, 100),
                JobContext.silent());
    }

    @Test
    void runsTransferIngestScorePublishAndARerunOnlyRepublishes(RedisServer redis) throws Exception {
        redis.start();
        Path nightly = Files.createDirectories(dir.resolve("nightly"));
        Path config = nightly.resolve("chain.json");
        // relative paths are the config folder's
        Files.writeString(config, """
                {
                  "warehouse": "duckdb:warehouse.duckdb",
                  "registry": "%s",
                  "transfer": {"from": "%s", "to": "landing", "parallel": 2},
                  "ingest": {"rejects": "rejects.jsonl"},
                  "score": {"model": "churn"},
                  "publish": {"to": ["duckdb:warehouse.duckdb#predictions", "%s"], "ttl": 3600}
                }
                """.formatted(registry, demo.resolve("bucket"), redis.uri()));
        try (JedisPooled j = new JedisPooled(redis.host(), redis.port())) {
            j.flushAll();
            CliRunner.Run run = CliRunner.run("chain", config.toString(), "--json");
            assertThat(run.exitCode()).as(run.err()).isZero();
            JsonNode o = JSON.readTree(run.out());
            assertThat(o.get("ok").asBoolean()).isTrue();
            JsonNode steps = o.get("steps");
            assertThat(steps.findValuesAsText("step")).containsExactly("transfer", "ingest", "score", "publish");
            long files;
            try (var walk = Files.walk(demo.resolve("bucket"))) {
                files = walk.filter(Files::isRegularFile).count();
            }
            assertThat(steps.get(0).get("copied").asLong()).isEqualTo(files);
            assertThat(steps.get(1).get("inserted").asLong()).isEqualTo(demoEvents);
            assertThat(steps.get(2).get("users").asLong()).isEqualTo(demoPlayers);
            assertThat(steps.get(3).get("rows").asLong()).isEqualTo(demoPlayers);
            assertThat(steps.get(3).get("targets")).allSatisfy(t -> assertThat(t.get("written").asLong()).isEqualTo(demoPlayers));
            assertThat(run.errLines()).filteredOn(l -> l.matches("chain: \\w+ ok .*")).hasSize(4);
            try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + nightly.resolve("warehouse.duckdb"));
                 Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT count(DISTINCT user_id), min(version), max(version) FROM predictions "
                         + "WHERE user_id IN (SELECT client_id FROM game_events)")) {
                rs.next();
                assertThat(rs.getLong(1)).isEqualTo(demoPlayers);
                assertThat(rs.getInt(2)).isEqualTo(1);
                assertThat(rs.getInt(3)).isEqualTo(1);
            }
            assertThat(j.keys("playlens:churn:1:*")).hasSize((int) demoPlayers);
            // what was published is the model's own score of each player's features
            String nightlyWarehouse = "duckdb:" + nightly.resolve("warehouse.duckdb");
            var features = new FeatureLoader(WarehouseConnector.duckdbOnly(), new TableReader())
                    .load(new DataSource.WarehouseQuery(nightlyWarehouse, FEATURES, List.of()), JobContext.silent());
            double[] expected = new ModelRegistry(registry).load(ModelRef.parse("churn")).score(features);
            String[] players = ((RawColumn.Text) features.column("client_id")).values();
            try (Connection c = DriverManager.getConnection("jdbc:" + nightlyWarehouse);
                 PreparedStatement st = c.prepareStatement("SELECT score FROM predictions WHERE model = 'churn' AND user_id = ?")) {
                for (int i = 0; i < players.length; i += 7) {
                    st.setString(1, players[i]);
                    try (ResultSet rs = st.executeQuery()) {
                        assertThat(rs.next()).isTrue();
                        assertThat(rs.getDouble(1)).as(players[i]).isEqualTo(expected[i]);
                    }
                }
            }
            assertThat(JSON.readTree(j.get("playlens:churn:1:" + players[0])).get("score").asDouble()).isEqualTo(expected[0]);

            // The next night with nothing new: every object and file is skipped, the same set is republished.
            CliRunner.Run again = CliRunner.run("chain", config.toString(), "--json");
            assertThat(again.exitCode()).as(again.err()).isZero();
            JsonNode second = JSON.readTree(again.out()).get("steps");
            assertThat(second.get(0).get("copied").asLong()).isZero();
            assertThat(second.get(0).get("skipped").asLong()).isEqualTo(files);
            assertThat(second.get(1).get("inserted").asLong()).isZero();
            assertThat(second.get(1).get("skipped_files").asLong()).isEqualTo(files);
            assertThat(second.get(3).get("rows").asLong()).isEqualTo(demoPlayers);
        }
    }

    @Test
    void ingestsAFolderAndScoresThePlayersOfTheLastDaysIntoFiles() throws Exception {
        Path config = Files.createDirectories(dir.resolve("recent")).resolve("chain.yaml");
        Files.writeString(config, """
                warehouse: duckdb:w.duckdb
                registry: %s
                ingest:
                  from: %s
                score:
                  model: activity
                  recent_days: 3
                publish:
                  to: [ out ]
                """.formatted(registry, demo.resolve("bucket")));
        CliRunner.Run run = CliRunner.run("chain", config.toString(), "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode steps = JSON.readTree(run.out()).get("steps");
        assertThat(steps.findValuesAsText("step")).containsExactly("ingest", "score", "publish");
        long recentPlayers;
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + config.resolveSibling("w.duckdb"));
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(DISTINCT client_id) FROM game_events WHERE event_timestamp > "
                     + "(SELECT max(event_timestamp) FROM game_events) - INTERVAL 3 DAY")) {
            rs.next();
            recentPlayers = rs.getLong(1);
        }
        assertThat(recentPlayers).isPositive().isLessThanOrEqualTo(demoPlayers);
        assertThat(steps.get(1).get("users").asLong()).isEqualTo(recentPlayers);
        assertThat(steps.get(2).get("targets").get(0).get("written").asLong()).isEqualTo(recentPlayers);
        try (var files = Files.walk(config.resolveSibling("out"))) {
            assertThat(files.map(Path::toString).filter(f -> f.endsWith(".csv") || f.endsWith(".parquet")).toList()).isNotEmpty();
        }
    }

    @Test
    void publishesTheScoredPlayersToAnS3PrefixWithTheCredentialsOfItsEnvironment(S3Server s3) throws Exception {
        String bucket = "chain" + ProcessHandle.current().pid();
        s3.createBucket(bucket);
        Map<String, String> env = Map.of("AWS_ENDPOINT_URL", s3.endpoint().toString(), "AWS_REGION", s3.region(),
                "AWS_ACCESS_KEY_ID", s3.accessKey(), "AWS_SECRET_ACCESS_KEY", s3.secretKey());
        Path config = Files.createDirectories(dir.resolve("to-s3")).resolve("chain.yaml");
        Files.writeString(config, """
                warehouse: duckdb:w.duckdb
                registry: %s
                ingest:
                  from: %s
                score:
                  model: activity
                  recent_days: 3
                publish:
                  to: [ "s3://%s/nightly" ]
                """.formatted(registry, demo.resolve("bucket"), bucket));
        CliRunner.Run run = CliRunner.runWith(env, "chain", config.toString(), "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode steps = JSON.readTree(run.out()).get("steps");
        long users = steps.get(1).get("users").asLong();
        assertThat(users).isPositive();
        assertThat(steps.get(2).get("targets").get(0).get("written").asLong()).isEqualTo(users);
        try (ObjectStore store = ObjectStores.open("s3://" + bucket + "/nightly", StoreSettings.fromEnvironment(env));
             InputStream csv = store.read("predictions/activity/1/predictions.csv")) {
            assertThat(store.stat("predictions/activity/1/predictions.parquet")).isPresent();
            assertThat(new String(csv.readAllBytes(), StandardCharsets.UTF_8).lines().count()).isEqualTo(users + 1);
        }
    }

    @Test
    void serveScoresAMissWithTheQueryTheModelWasTrainedOn(RedisServer redis) throws Exception {
        redis.start();
        Path copy = Files.copy(demo.resolve("warehouse.duckdb"), dir.resolve("serve.duckdb"));
        String player;
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + copy); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT min(client_id) FROM game_events")) {
            rs.next();
            player = rs.getString(1);
        }
        try (JedisPooled j = new JedisPooled(redis.host(), redis.port())) {
            j.flushAll();
        }
        try (InProcessServe server = InProcessServe.start("--model", "churn", "--redis", redis.uri().toString(),
                "--warehouse", "duckdb:" + copy, "--registry", registry.toString())) {
            JsonNode miss = JSON.readTree(server.get("/predict/churn/" + player).body());
            assertThat(miss.get("cached").asBoolean()).isFalse();
            assertThat(miss.get("prediction").get("score").asDouble()).isBetween(0.0, 1.0);
            assertThat(JSON.readTree(server.get("/predict/churn/" + player).body()).get("cached").asBoolean()).isTrue();
            assertThat(server.get("/predict/churn/not-a-player").statusCode()).isEqualTo(404);
        }
    }

    @Test
    void aMissingSourceStopsTheChainAtTheTransferStep() throws Exception {
        Path config = Files.createDirectories(dir.resolve("broken")).resolve("chain.yaml");
        Files.writeString(config, """
                warehouse: duckdb:warehouse.duckdb
                registry: %s
                transfer:
                  from: %s
                  to: landing
                ingest: {}
                score:
                  model: churn
                publish:
                  to: [ "duckdb:warehouse.duckdb#predictions" ]
                """.formatted(registry, dir.resolve("no-such-bucket")));
        CliRunner.Run run = CliRunner.run("chain", config.toString(), "--json");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("chain: transfer FAILED: source " + dir.resolve("no-such-bucket") + " does not exist; "
                + "not run: ingest, score, publish");
        assertThat(run.errLines()[run.errLines().length - 1])
                .startsWith("playlens chain: step 'transfer' failed: source " + dir.resolve("no-such-bucket"));
        JsonNode o = JSON.readTree(run.out());
        assertThat(o.get("ok").asBoolean()).isFalse();
        assertThat(o.get("failed_step").asText()).isEqualTo("transfer");
        assertThat(o.get("steps")).hasSize(1);
        assertThat(Files.exists(dir.resolve("broken/warehouse.duckdb"))).isFalse();
    }
}
