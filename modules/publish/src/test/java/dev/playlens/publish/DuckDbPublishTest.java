package dev.playlens.publish;

import dev.playlens.core.job.JobContext;
import dev.playlens.ml.registry.ModelRef;
import dev.playlens.publish.batch.FileTarget;
import dev.playlens.publish.batch.JdbcConnectors;
import dev.playlens.publish.batch.JdbcTarget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DuckDbPublishTest {
    private final TestModels models = TestModels.get();
    @TempDir
    Path dir;

    private PublishResult publish(String ref, List<PublishTarget> targets) throws Exception {
        return new Publisher(Optional.of(new PublishHistory(dir.resolve("history/publishes.jsonl"))))
                .publish(models.load(ref), models.telco, TestModels.ID, "telco.csv", targets, JobContext.silent());
    }

    private JdbcTarget duck(String table) {
        return JdbcTarget.parse("duckdb:" + dir.resolve("w.duckdb") + "#" + table, JdbcConnectors.fromEnvironment(Map.of()));
    }

    private Connection open() throws Exception {
        return DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("w.duckdb"));
    }

    @Test
    void publishIsIdempotentAndANewVersionReplacesTheSet() throws Exception {
        PublishResult first = publish("churn:1", List.of(duck("predictions")));
        assertThat(first.rows()).isEqualTo(7043);
        assertThat(first.targets()).containsExactly(new PublishResult.TargetResult("duckdb:" + dir.resolve("w.duckdb") + "#predictions", 7043));
        Map<String, String> v1;
        try (Connection c = open()) {
            assertThat(Tables.versions(c, "predictions", "churn")).containsExactly(Map.entry(1, 7043L));
            v1 = Tables.rows(c, "predictions", "churn");
        }
        double[] expected = models.registry.load(ModelRef.parse("churn:1")).score(models.telco);
        String user0 = "7590-VHVEG"; // first row of the Telco file
        assertThat(v1.get(user0)).isEqualTo(expected[0] + "|" + (expected[0] >= 0.5 ? 1 : 0) + "|null");

        publish("churn:1", List.of(duck("predictions")));
        try (Connection c = open()) {
            assertThat(Tables.versions(c, "predictions", "churn")).containsExactly(Map.entry(1, 7043L));
            assertThat(Tables.distinctUsers(c, "predictions", "churn")).isEqualTo(7043);
            assertThat(Tables.rows(c, "predictions", "churn")).isEqualTo(v1);
        }

        publish("segments:1", List.of(duck("predictions")));
        publish("churn:2", List.of(duck("predictions")));
        try (Connection c = open()) {
            assertThat(Tables.versions(c, "predictions", "churn")).containsExactly(Map.entry(2, 7043L));
            assertThat(Tables.versions(c, "predictions", "segments")).containsExactly(Map.entry(1, 7043L));
            assertThat(Tables.rows(c, "predictions", "churn")).isNotEqualTo(v1);
        }
        List<Map<String, Object>> history = new PublishHistory(dir.resolve("history/publishes.jsonl")).read();
        assertThat(history).hasSize(4);
        assertThat(history.get(3)).containsEntry("model", "churn").containsEntry("version", 2)
                .containsEntry("rows", 7043).containsEntry("status", "ok").containsEntry("keys", 0);
    }

    @Test
    void filesAreWrittenWholeUnderTheVersionPrefix() throws Exception {
        Path bucket = dir.resolve("bucket");
        publish("churn:1", List.of(FileTarget.localFolder("file:" + bucket, dir.resolve("scratch"))));
        Path prefix = bucket.resolve("predictions/churn/1");
        try (var files = Files.list(prefix)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("predictions.csv", "predictions.parquet");
        }
        List<String> lines = Files.readAllLines(prefix.resolve("predictions.csv"));
        assertThat(lines).hasSize(7044);
        assertThat(lines.getFirst()).isEqualTo("model,version,user_id,score,label,cluster,scored_at");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*), count(DISTINCT user_id), min(version), max(version), "
                     + "count(*) FILTER (WHERE label = 1) FROM read_parquet('" + prefix.resolve("predictions.parquet") + "')")) {
            rs.next();
            assertThat(rs.getLong(1)).isEqualTo(7043);
            assertThat(rs.getLong(2)).isEqualTo(7043);
            assertThat(rs.getInt(3)).isEqualTo(1);
            assertThat(rs.getInt(4)).isEqualTo(1);
            assertThat(rs.getLong(5)).isEqualTo(lines.stream().skip(1).filter(l -> l.split(",")[4].equals("1")).count());
        }
        try (var scratch = Files.list(dir.resolve("scratch"))) {
            assertThat(scratch).isEmpty();
        }
    }

    @Test
    void badTargetsAreRejectedBeforeAnythingIsWritten() {
        assertThatThrownBy(() -> JdbcTarget.parse("duckdb:/x.duckdb#drop table x", JdbcConnectors.fromEnvironment(Map.of())))
                .hasMessageContaining("not a valid table name 'drop table x'");
        assertThatThrownBy(() -> JdbcTarget.parse("duckdb:/x.duckdb", JdbcConnectors.fromEnvironment(Map.of())))
                .hasMessageContaining("name the table after '#'");
        assertThatThrownBy(() -> JdbcTarget.parse("jdbc:sqlite:/x#t", JdbcConnectors.fromEnvironment(Map.of())))
                .hasMessageContaining("unsupported database");
    }

    @Test
    void aPublishKilledMidwayLeavesThePreviousCompleteSet() throws Exception {
        publish("churn:1", List.of(duck("predictions")));
        Map<String, String> before;
        try (Connection c = open()) {
            before = Tables.rows(c, "predictions", "churn");
        }
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                SlowPublishMain.class.getName(), models.registry.root().toString(), "churn:2",
                "duckdb:" + dir.resolve("w.duckdb") + "#predictions")
                .redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream()))) {
            String line;
            while ((line = out.readLine()) != null && !line.startsWith("sent 3000")) {
                assertThat(line).doesNotStartWith("FAILED");
            }
            assertThat(line).as("the child publish reached 3000 rows").isNotNull();
        } finally {
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        try (Connection c = open()) {
            assertThat(Tables.versions(c, "predictions", "churn")).containsExactly(Map.entry(1, 7043L));
            assertThat(Tables.rows(c, "predictions", "churn")).isEqualTo(before);
        }
    }
}
