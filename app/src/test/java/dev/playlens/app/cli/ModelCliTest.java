package dev.playlens.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.playlens.testsupport.RealData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** train, cluster and models list|show|compare on the real Telco churn table (7,043 customers). */
class ModelCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path TELCO = RealData.file("WA_Fn-UseC_-Telco-Customer-Churn.csv");

    @TempDir
    static Path dir;
    private static String registry;
    private static JsonNode first;
    private static JsonNode second;
    private static JsonNode logistic;

    @BeforeAll
    static void trainThreeVersions() throws Exception {
        registry = dir.resolve("models").toString();
        first = train("--algorithm", "gbt");
        second = train("--algorithm", "gbt");
        logistic = train("--algorithm", "logistic");
    }

    private static JsonNode train(String... algorithm) throws Exception {
        String[] base = {"train", "--data", TELCO.toString(), "--label", "Churn", "--positive", "Yes",
                "--drop", "customerID", "--seed", "7", "--registry", registry, "--json"};
        String[] args = new String[base.length + algorithm.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(algorithm, 0, args, base.length, algorithm.length);
        CliRunner.Run run = CliRunner.run(args);
        assertThat(run.exitCode()).as(run.err()).isZero();
        return JSON.readTree(run.out());
    }

    @Test
    void trainReportsAHeldOutAucInTheExpectedRange() {
        assertThat(first.get("name").asText()).isEqualTo("churn");
        assertThat(first.get("version").asInt()).isEqualTo(1);
        assertThat(first.get("algorithm").asText()).isEqualTo("gbt");
        assertThat(first.get("auc").asDouble()).isBetween(0.80, 0.88);
        assertThat(first.get("auc_ci_low").asDouble()).isLessThan(first.get("auc").asDouble());
        assertThat(first.get("auc_ci_high").asDouble()).isGreaterThan(first.get("auc").asDouble());
        assertThat(first.get("accuracy").asDouble()).isBetween(0.7, 0.9);
        for (String field : new String[]{"f1", "logloss"}) assertThat(first.has(field)).as(field).isTrue();
        assertThat(first.get("test_rows").asInt() + first.get("train_rows").asInt()).isEqualTo(7043);
        assertThat(logistic.get("auc").asDouble()).isBetween(0.80, 0.88);
    }

    @Test
    void theSameCommandAndSeedGiveIdenticalMetrics() {
        assertThat(second.get("version").asInt()).isEqualTo(2);
        for (String metric : new String[]{"auc", "accuracy", "f1", "logloss", "auc_ci_low", "auc_ci_high", "brier"}) {
            assertThat(second.get(metric).asDouble()).as(metric).isEqualTo(first.get(metric).asDouble());
        }
    }

    @Test
    void modelsListShowsEveryVersionAndTheCurrentOne() throws Exception {
        CliRunner.Run list = CliRunner.run("models", "list", "--registry", registry, "--json");
        assertThat(list.exitCode()).as(list.err()).isZero();
        JsonNode models = JSON.readTree(list.out()).get("models");
        assertThat(models).hasSizeGreaterThanOrEqualTo(3);
        JsonNode v3 = models.get(2);
        assertThat(v3.get("name").asText() + ":" + v3.get("version").asInt()).isEqualTo("churn:3");
        assertThat(v3.get("current").asBoolean()).isTrue();
        assertThat(models.get(0).get("current").asBoolean()).isFalse();
        assertThat(models.get(0).get("auc").asDouble()).isEqualTo(first.get("auc").asDouble());

        CliRunner.Run table = CliRunner.run("models", "list", "--registry", registry);
        assertThat(table.out()).contains("churn:1", "churn:3", "logistic", "MODEL");
    }

    @Test
    void modelsShowPrintsTheMetadata() throws Exception {
        CliRunner.Run show = CliRunner.run("models", "show", "churn:1", "--registry", registry, "--json");
        assertThat(show.exitCode()).as(show.err()).isZero();
        JsonNode m = JSON.readTree(show.out());
        assertThat(m.get("label").asText()).isEqualTo("Churn == Yes");
        assertThat(m.get("seed").asLong()).isEqualTo(7);
        assertThat(m.get("dataHash").asText()).startsWith("sha256:");
        assertThat(m.get("metrics").get("auc").asDouble()).isEqualTo(first.get("auc").asDouble());

        CliRunner.Run text = CliRunner.run("models", "show", "churn", "--registry", registry);
        assertThat(text.out()).startsWith("churn:3  classifier logistic").contains("Churn == Yes", "auc");
    }

    @Test
    void compareShowsTheAucDifferenceWithItsPairedBootstrapInterval() throws Exception {
        CliRunner.Run run = CliRunner.run("models", "compare", "churn:1", "churn:3", "--registry", registry, "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode c = JSON.readTree(run.out());
        assertThat(c.get("same_data").asBoolean()).isTrue();
        double difference = logistic.get("auc").asDouble() - first.get("auc").asDouble();
        assertThat(c.get("metrics").get("auc").get("difference").asDouble()).isCloseTo(difference, within(1e-12));
        JsonNode d = c.get("auc_difference");
        assertThat(d.get("estimate").asDouble()).isCloseTo(difference, within(1e-9));
        assertThat(d.get("ci_low").asDouble()).isLessThan(d.get("estimate").asDouble());
        assertThat(d.get("ci_high").asDouble()).isGreaterThan(d.get("estimate").asDouble());
        assertThat(d.get("test_rows").asInt()).isEqualTo(first.get("test_rows").asInt());

        CliRunner.Run text = CliRunner.run("models", "compare", "churn:1", "churn:2", "--registry", registry);
        assertThat(text.out()).contains("B - A", "AUC difference B - A: +0.0000", "paired bootstrap");
    }

    @Test
    void promoteMakesAVersionCurrent() throws Exception {
        CliRunner.Run promote = CliRunner.run("models", "promote", "churn:1", "--registry", registry);
        assertThat(promote.exitCode()).as(promote.err()).isZero();
        try {
            assertThat(JSON.readTree(CliRunner.run("models", "show", "churn", "--registry", registry, "--json").out())
                    .get("version").asInt()).isEqualTo(1);
        } finally {
            assertThat(CliRunner.run("models", "promote", "churn:3", "--registry", registry).exitCode()).isZero();
        }
        CliRunner.Run noVersion = CliRunner.run("models", "promote", "churn", "--registry", registry);
        assertThat(noVersion.exitCode()).isEqualTo(2);
        assertThat(noVersion.err()).contains("churn:2");
        CliRunner.Run missing = CliRunner.run("models", "promote", "churn:9", "--registry", registry);
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).contains("churn:9");
    }

    @Test
    void clusterChoosesKBySilhouette() throws Exception {
        CliRunner.Run run = CliRunner.run("cluster", "--data", TELCO.toString(), "--k", "auto", "--drop", "customerID,Churn",
                "--registry", registry, "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode c = JSON.readTree(run.out());
        int k = c.get("k").asInt();
        assertThat(k).isBetween(2, 8);
        assertThat(c.get("silhouette_by_k")).hasSize(7);
        assertThat(c.get("silhouette").asDouble()).isEqualTo(c.get("silhouette_by_k").get(Integer.toString(k)).asDouble());
        long users = 0;
        for (JsonNode size : c.get("sizes")) users += size.asLong();
        assertThat(users).isEqualTo(7043);
        assertThat(c.get("profiles")).hasSize(k);
        assertThat(c.get("profiles").get(0).has("tenure")).isTrue();
        assertThat(c.get("name").asText()).isEqualTo("clusters");
        assertThat(CliRunner.run("models", "show", "clusters", "--registry", registry).out()).contains("clustering k-means");
    }

    @Test
    void badModelUsageIsExitTwoNamingTheOption() {
        CliRunner.Run noData = CliRunner.run("train", "--label", "Churn");
        assertThat(noData.exitCode()).isEqualTo(2);
        assertThat(noData.errLines()).hasSize(1);
        assertThat(noData.err()).contains("--data");
        CliRunner.Run both = CliRunner.run("train", "--data", "x.csv", "--warehouse", "duckdb:", "--label", "Churn");
        assertThat(both.exitCode()).isEqualTo(2);
        CliRunner.Run algorithm = CliRunner.run("train", "--data", TELCO.toString(), "--label", "Churn", "--algorithm", "svm");
        assertThat(algorithm.exitCode()).isEqualTo(2);
        assertThat(algorithm.err()).contains("--algorithm").contains("svm");
        CliRunner.Run k = CliRunner.run("cluster", "--data", TELCO.toString(), "--k", "many");
        assertThat(k.exitCode()).isEqualTo(2);
        assertThat(k.err()).contains("--k");
    }

    @Test
    void aMissingLabelColumnFailsOnOneLineNamingIt() {
        CliRunner.Run run = CliRunner.run("train", "--data", TELCO.toString(), "--label", "Churned", "--no-save");
        assertThat(run.exitCode()).isEqualTo(1);
        String[] lines = run.errLines(); // progress lines first, then the one error line
        assertThat(lines[lines.length - 1]).startsWith("playlens train: --label: no column 'Churned'");
        CliRunner.Run unknown = CliRunner.run("models", "show", "nope", "--registry", registry);
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).contains("nope");
    }
}
