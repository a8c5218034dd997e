package dev.playlens.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.playlens.testsupport.PostgresServer;
import dev.playlens.testsupport.RealData;
import dev.playlens.testsupport.RealServers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code heatmap-rollup} on PostgreSQL, and {@code heatmap} telling whether its bins came from the roll-up. */
@ExtendWith(RealServers.class)
class HeatmapRollupCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The seed pipeline's world: centre (503.245239, 748.971008), 512 units across. */
    private static final String WORLD = "247.245239,492.971008,759.245239,1004.971008";

    @TempDir
    Path dir;

    @Test
    void heatmapsComeFromTheRollupOnceBuiltAndEqualTheRawOnes(PostgresServer postgres) throws Exception {
        Map<String, String> env = Map.of("PLAYLENS_DB_USER", postgres.user(), "PLAYLENS_DB_PASSWORD", postgres.password());
        String warehouse = postgres.newDatabase("cli_heat_rollup");
        String sample = RealData.file("aws-pipeline/heatmap-sample-data.txt").toString();
        assertThat(CliRunner.runWith(env, "ingest", "--warehouse", warehouse, "--from", sample, "--json").exitCode()).isZero();

        assertThat(heatmapJson(env, warehouse, "before.csv").get("source").asText()).isEqualTo("events");

        CliRunner.Run build = CliRunner.runWith(env, "heatmap-rollup", "--warehouse", warehouse, "--level", "test_level",
                "--world", WORLD, "--json");
        assertThat(build.exitCode()).as(build.err()).isZero();
        JsonNode built = JSON.readTree(build.out());
        assertThat(built.get("events").asLong()).isEqualTo(642);
        assertThat(built.get("cells").asLong()).isPositive();
        assertThat(built.get("unit").asDouble()).isEqualTo(2.0);

        JsonNode fromCells = heatmapJson(env, warehouse, "rollup.csv", "--bin", "8");
        JsonNode raw = heatmapJson(env, warehouse, "raw.csv", "--bin", "8", "--no-rollup");
        assertThat(fromCells.get("source").asText()).isEqualTo("rollup");
        assertThat(raw.get("source").asText()).isEqualTo("events");
        for (String field : List.of("matched_events", "binned_events", "outside_world", "without_position",
                "without_session", "nonzero_bins", "total", "max")) {
            assertThat(fromCells.get(field)).as(field).isEqualTo(raw.get(field));
        }
        assertThat(fromCells.get("binned_events").asLong()).isEqualTo(642);
        assertThat(Files.readString(dir.resolve("rollup.csv"))).isEqualTo(Files.readString(dir.resolve("raw.csv")));
        // off the lattice: the raw events, still right
        assertThat(heatmapJson(env, warehouse, "odd.csv", "--bin", "5").get("source").asText()).isEqualTo("events");

        CliRunner.Run text = CliRunner.runWith(env, "heatmap", "--warehouse", warehouse, "--level", "test_level",
                "--world", WORLD);
        assertThat(text.out()).contains("642 binned").contains("(from the cell roll-up)");

        CliRunner.Run drop = CliRunner.runWith(env, "heatmap-rollup", "--warehouse", warehouse, "--level", "test_level",
                "--drop", "--json");
        assertThat(drop.exitCode()).as(drop.err()).isZero();
        assertThat(JSON.readTree(drop.out()).get("dropped").asBoolean()).isTrue();
        assertThat(heatmapJson(env, warehouse, "after.csv").get("source").asText()).isEqualTo("events");
    }

    @Test
    void theRollupIsRefusedOffPostgresAndWithoutAWorld() {
        CliRunner.Run duck = CliRunner.run("heatmap-rollup", "--warehouse", "duckdb:" + dir.resolve("w.duckdb"),
                "--level", "test_level", "--world", WORLD);
        assertThat(duck.exitCode()).isEqualTo(2);
        assertThat(duck.err()).contains("--warehouse").contains("PostgreSQL");
        CliRunner.Run noWorld = CliRunner.run("heatmap-rollup", "--warehouse", "duckdb:" + dir.resolve("w.duckdb"),
                "--level", "test_level");
        assertThat(noWorld.exitCode()).isEqualTo(2);
        assertThat(noWorld.err()).contains("--world");
    }

    private JsonNode heatmapJson(Map<String, String> env, String warehouse, String csv, String... extra) throws Exception {
        List<String> args = new ArrayList<>(List.of("heatmap", "--warehouse", warehouse, "--level", "test_level",
                "--world", WORLD, "--bins-csv", dir.resolve(csv).toString(), "--json"));
        args.addAll(List.of(extra));
        CliRunner.Run run = CliRunner.runWith(env, args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        return JSON.readTree(run.out());
    }
}
