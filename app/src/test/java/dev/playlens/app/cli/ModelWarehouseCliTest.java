package dev.playlens.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.playlens.app.workspace.Workspace;
import dev.playlens.app.workspace.WorkspaceSettings;
import dev.playlens.testsupport.RealData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/** Model commands reading DATA from a warehouse (--table, --query) and the workspace's registry as default. */
class ModelWarehouseCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path TELCO = RealData.file("WA_Fn-UseC_-Telco-Customer-Churn.csv");

    @TempDir
    static Path dir;
    private static String warehouse;
    private static Path workspace;

    @BeforeAll
    static void loadTelcoIntoDuckDb() throws Exception {
        Path file = dir.resolve("wh.duckdb");
        warehouse = "duckdb:" + file;
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE telco AS SELECT * FROM read_csv('" + TELCO + "', header = true, nullstr = ' ')");
        }
        workspace = dir.resolve("ws");
        Workspace.create(workspace, WorkspaceSettings.named("churn", "levels.json"));
    }

    @Test
    void trainsFromATableIntoTheWorkspaceRegistryAndComparesByReloadingIt() throws Exception {
        JsonNode table = train("--table", "telco");
        JsonNode again = train("--table", "telco");
        assertThat(table.get("auc").asDouble()).isBetween(0.80, 0.88);
        assertThat(again.get("version").asInt()).isEqualTo(table.get("version").asInt() + 1);
        assertThat(workspace.resolve("models/churn/1/model.json")).exists();

        CliRunner.Run compare = CliRunner.run("--workspace", workspace.toString(), "models", "compare", "churn:1", "churn:2", "--json");
        assertThat(compare.exitCode()).as(compare.err()).isZero();
        JsonNode d = JSON.readTree(compare.out()).get("auc_difference");
        assertThat(d.get("estimate").asDouble()).isZero();
        assertThat(d.get("ci_low").asDouble()).isZero();
        assertThat(d.get("ci_high").asDouble()).isZero();
    }

    @Test
    void trainsFromAQuery() throws Exception {
        CliRunner.Run run = CliRunner.run("train", "--warehouse", warehouse, "--query",
                "SELECT tenure, Contract, MonthlyCharges, Churn FROM telco WHERE InternetService <> 'No'",
                "--label", "Churn", "--positive", "true", "--algorithm", "logistic", "--cv-folds", "3", "--no-save", "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode result = JSON.readTree(run.out());
        assertThat(result.get("version").isNull()).isTrue();
        assertThat(result.get("features").asInt()).isBetween(5, 8); // tenure, contract levels (one-hot), MonthlyCharges
        assertThat(result.get("auc").asDouble()).isBetween(0.70, 0.90);
        assertThat(result.get("cv_folds").asInt()).isEqualTo(3);
        assertThat(result.get("cv_auc_mean").asDouble()).isBetween(0.70, 0.90);
    }

    @Test
    void compareNeedsTheTrainingDataAndTakesItFromDataWhenItMoved() throws Exception {
        Path copy = dir.resolve("telco-copy.csv");
        java.nio.file.Files.copy(TELCO, copy);
        String models = dir.resolve("moved-models").toString();
        for (String algorithm : new String[]{"logistic", "random-forest"}) {
            CliRunner.Run run = CliRunner.run("train", "--data", copy.toString(), "--label", "Churn", "--positive", "Yes",
                    "--drop", "customerID", "--algorithm", algorithm, "--trees", "40", "--registry", models, "--json");
            assertThat(run.exitCode()).as(run.err()).isZero();
        }
        java.nio.file.Files.delete(copy);

        CliRunner.Run moved = CliRunner.run("models", "compare", "churn:1", "churn:2", "--registry", models, "--json");
        assertThat(moved.exitCode()).as(moved.err()).isZero();
        JsonNode withoutData = JSON.readTree(moved.out());
        assertThat(withoutData.get("auc_difference").isNull()).isTrue();
        assertThat(withoutData.get("note").asText()).contains("cannot reload", "telco-copy.csv");

        CliRunner.Run given = CliRunner.run("models", "compare", "churn:1", "churn:2", "--registry", models,
                "--data", TELCO.toString(), "--json");
        assertThat(given.exitCode()).as(given.err()).isZero();
        JsonNode d = JSON.readTree(given.out()).get("auc_difference");
        assertThat(d.get("estimate").asDouble()).isBetween(-0.1, 0.1);
        assertThat(d.get("ci_low").asDouble()).isLessThanOrEqualTo(d.get("estimate").asDouble());
        assertThat(d.get("p_value").asDouble()).isBetween(0.0, 1.0);
    }

    @Test
    void aMissingTableFailsNamingIt() {
        CliRunner.Run run = CliRunner.run("train", "--warehouse", warehouse, "--table", "no_such_table", "--label", "Churn",
                "--no-save");
        assertThat(run.exitCode()).isEqualTo(1);
        String[] lines = run.errLines();
        assertThat(lines[lines.length - 1]).startsWith("playlens train: ").contains("no_such_table");
    }

    private static JsonNode train(String... source) throws Exception {
        String[] args = {"--workspace", workspace.toString(), "train", "--warehouse", warehouse, source[0], source[1],
                "--label", "Churn", "--positive", "true", "--drop", "customerID", "--trees", "40", "--json"};
        CliRunner.Run run = CliRunner.run(args);
        assertThat(run.exitCode()).as(run.err()).isZero();
        return JSON.readTree(run.out());
    }
}
