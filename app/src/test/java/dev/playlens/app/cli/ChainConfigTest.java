package dev.playlens.app.cli;

import dev.playlens.app.cli.chain.Chain;
import dev.playlens.app.cli.chain.ChainConfig;
import dev.playlens.ml.registry.ModelRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The chain's config file: usage errors that name the line and field, and the documented example. */
class ChainConfigTest {
    @TempDir
    Path dir;

    @Test
    void aBrokenConfigIsUsageNamingTheLineAndField() throws Exception {
        Path config = dir.resolve("typo.yaml");
        Files.writeString(config, """
                warehouse: duckdb:w.duckdb
                score:
                  model: churn
                  tabel: features
                """);
        CliRunner.Run run = CliRunner.run("chain", config.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.err()).contains("line 4").contains("unknown field 'score.tabel'").contains("table");

        CliRunner.Run missing = CliRunner.run("chain", dir.resolve("nope.json").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("nope.json: no such file");

        Path noScore = dir.resolve("publish-only.json");
        Files.writeString(noScore, "{\"publish\": {\"to\": [\"redis://127.0.0.1:1\"]}}");
        CliRunner.Run publishOnly = CliRunner.run("chain", noScore.toString());
        assertThat(publishOnly.exitCode()).isEqualTo(2);
        assertThat(publishOnly.err()).contains("publish needs a score step");
    }

    @Test
    void theDocumentedExampleIsAValidConfig() throws Exception {
        Path example = Path.of("../docs/examples/nightly-chain.yaml").toAbsolutePath().normalize();
        ChainConfig config = ChainConfig.read(example);
        assertThat(config.transfer().from()).isEqualTo("s3://game-telemetry/events");
        assertThat(config.publish().to()).hasSize(2);
        assertThat(config.publish().ttlSeconds()).isEqualTo(86400L);
        Chain chain = Chain.of(config, example.getParent(), java.util.Map.of(), r -> new ModelRegistry(Path.of(r)));
        assertThat(chain.stepNames()).containsExactly("transfer", "ingest", "score", "publish");
    }

    @Test
    void contradictionsAndBadTargetsAreUsageToo() throws Exception {
        assertUsage("{\"warehouse\": \"duckdb:w.duckdb\", \"ingest\": {}}", "ingest.from is missing");
        assertUsage("{\"warehouse\": \"duckdb:w.duckdb\", \"score\": {\"model\": \"m\", \"table\": \"t\", \"recent_days\": 3}}",
                "give one of score.table, score.query or score.recent_days");
        assertUsage("{\"warehouse\": \"duckdb:w.duckdb\", \"score\": {\"model\": \"m\"}, \"publish\": {\"to\": [\"ftp://x/y\"]}}",
                "publish.to ftp://x/y");
        assertUsage("{\"transfer\": {\"from\": \"a\", \"to\": \"b\", \"parallel\": 0}}", "transfer.parallel must be 1..64");
        assertUsage("{\"warehouse\": \"duckdb:w.duckdb\",\n \"score\": {\"model\": \"m\",}}", "line 2");
        assertUsage("{}", "no steps");
    }

    private void assertUsage(String json, String message) throws Exception {
        Path config = Files.writeString(Files.createTempFile(dir, "chain", ".json"), json);
        CliRunner.Run run = CliRunner.run("chain", config.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.err()).contains(config.toString()).contains(message);
    }
}
