package dev.playlens.app.cli;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The exit-code and error-line contract: --help everywhere, bad usage exits 2 with exactly one stderr line. */
class CliUsageTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "demo", "ingest", "sql", "heatmap", "heatmap-diff", "transfer", "uploads",
            "uploads list", "uploads clean", "train", "cluster", "models", "models list", "models show",
            "models compare", "models promote"})
    void everyCommandHasHelp(String command) {
        CliRunner.Run run = command.isEmpty() ? CliRunner.run("--help") : CliRunner.run((command + " --help").split(" "));
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Usage: playlens" + (command.isEmpty() ? "" : " " + command));
        assertThat(run.err()).isEmpty();
    }

    @Test
    void theRootHelpListsTheCommands() {
        assertThat(CliRunner.run("--help").out()).contains("demo", "ingest", "sql", "heatmap", "heatmap-diff",
                "transfer", "uploads", "train", "cluster", "models");
    }

    @Test
    void anUnknownOptionIsBadUsageOnOneLine() {
        CliRunner.Run run = CliRunner.run("sql", "--warehouse", "duckdb:", "--frobnicate", "select 1");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.err()).startsWith("playlens sql: ").contains("--frobnicate");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void anUnknownCommandIsBadUsage() {
        CliRunner.Run run = CliRunner.run("frobnicate");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.err()).contains("frobnicate");
    }

    @Test
    void aMissingRequiredOptionIsNamed() {
        CliRunner.Run run = CliRunner.run("heatmap", "--warehouse", "duckdb:", "--level", "x");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.err()).contains("--world");
    }

    @Test
    void aMalformedWorldRectangleIsBadUsageNamingTheOption() {
        CliRunner.Run run = CliRunner.run("heatmap", "--warehouse", "duckdb:", "--level", "x", "--world", "0,0,abc,10");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.err()).contains("--world").contains("abc");
    }

    @Test
    void anUnknownShapeIsBadUsage() {
        CliRunner.Run run = CliRunner.run("heatmap", "--warehouse", "duckdb:", "--level", "x", "--world", "0,0,10,10",
                "--shape", "triangle");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--shape").contains("triangle");
    }

    @Test
    void anUnknownWarehouseLocationIsBadUsage() {
        CliRunner.Run run = CliRunner.run("sql", "--warehouse", "mysql://db/x", "select 1");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.err()).contains("--warehouse").contains("mysql://db/x");
    }

    @Test
    void aNonPositivePlayerCountIsBadUsage() {
        CliRunner.Run run = CliRunner.run("demo", "--dir", "/tmp/never-created", "--players", "0");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--players");
    }
}
