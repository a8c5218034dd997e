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

    private static Path sample() {
        return RealData.file("aws-pipeline/heatmap-sample-data.txt");
    }

    private static Map<String, String> env(PostgresServer postgres) {
        return Map.of("PLAYLENS_DB_USER", postgres.user(), "PLAYLENS_DB_PASSWORD", postgres.password());
    }

    /** A new database holding the seed pipeline's sample, loaded through {@code ingest}; returns its URL. */
    private static String sampleLoaded(Map<String, String> env, PostgresServer postgres, String database) throws Exception {
        String warehouse = postgres.newDatabase(database);
        CliRunner.Run load = CliRunner.runWith(env, "ingest", "--warehouse", warehouse, "--from", sample().toString(), "--json");
        assertThat(load.exitCode()).as(load.err()).isZero();
        return warehouse;
    }

    @Test
    void heatmapsComeFromTheRollupOnceBuiltAndEqualTheRawOnes(PostgresServer postgres) throws Exception {
        Map<String, String> env = env(postgres);
        String warehouse = sampleLoaded(env, postgres, "cli_heat_rollup");

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

    @Test
    void ingestKeepsTheRollupCurrentAndEqualToARebuild(PostgresServer postgres) throws Exception {
        Map<String, String> env = env(postgres);
        String warehouse = sampleLoaded(env, postgres, "cli_heat_rollup_ingest");
        assertThat(CliRunner.runWith(env, "heatmap-rollup", "--warehouse", warehouse, "--level", "test_level",
                "--world", WORLD).exitCode()).isZero();
        assertThat(CliRunner.runWith(env, "heatmap-rollup", "--warehouse", warehouse, "--level", "other_level",
                "--world", WORLD, "--unit", "4").exitCode()).isZero();

        Path more = dir.resolve("more.jsonl");
        Files.write(more, moreEvents(Files.readAllLines(sample()).getFirst()));
        CliRunner.Run load = CliRunner.runWith(env, "ingest", "--warehouse", warehouse, "--from", more.toString(), "--json");
        assertThat(load.exitCode()).as(load.err()).isZero();
        assertThat(JSON.readTree(load.out()).get("inserted").asLong()).isEqualTo(400);

        List<String[]> variants = List.<String[]>of(new String[]{}, new String[]{"--bin", "8"},
                new String[]{"--versions", "1.0.0"}, new String[]{"--versions", "2.0"}, new String[]{"--event", "kill"},
                new String[]{"--event", "player_death,kill", "--bin", "16"});
        String afterLoad = checkRollupEqualsRaw(env, warehouse, variants, "test_level");
        checkRollupEqualsRaw(env, warehouse, List.<String[]>of(new String[]{"--bin", "8"}), "other_level");
        String cells = cells(env, warehouse);

        CliRunner.Run again = CliRunner.runWith(env, "ingest", "--warehouse", warehouse, "--from", more.toString(), "--json");
        assertThat(JSON.readTree(again.out()).get("inserted").asLong()).isZero();
        assertThat(cells(env, warehouse)).isEqualTo(cells);
        assertThat(checkRollupEqualsRaw(env, warehouse, variants, "test_level")).isEqualTo(afterLoad);

        // the cells kept current by the loads are exactly what a rebuild counts
        assertThat(CliRunner.runWith(env, "heatmap-rollup", "--warehouse", warehouse, "--level", "test_level",
                "--world", WORLD).exitCode()).isZero();
        assertThat(CliRunner.runWith(env, "heatmap-rollup", "--warehouse", warehouse, "--level", "other_level",
                "--world", WORLD, "--unit", "4").exitCode()).isZero();
        assertThat(cells(env, warehouse)).isEqualTo(cells);
    }

    /** For each variant: from the roll-up, equal to the raw query; returns the concatenated CSVs. */
    private String checkRollupEqualsRaw(Map<String, String> env, String warehouse, List<String[]> variants, String level)
            throws Exception {
        StringBuilder all = new StringBuilder();
        for (String[] v : variants) {
            List<String> args = new ArrayList<>(List.of(v));
            args.addAll(List.of("--level", level));
            JsonNode fromCells = heatmapJson(env, warehouse, "c.csv", args.toArray(String[]::new));
            args.add("--no-rollup");
            JsonNode raw = heatmapJson(env, warehouse, "r.csv", args.toArray(String[]::new));
            String what = level + " " + String.join(" ", v);
            assertThat(fromCells.get("source").asText()).as(what).isEqualTo("rollup");
            ((com.fasterxml.jackson.databind.node.ObjectNode) fromCells).remove(List.of("source", "bins_csv"));
            ((com.fasterxml.jackson.databind.node.ObjectNode) raw).remove(List.of("source", "bins_csv"));
            assertThat(fromCells).as(what).isEqualTo(raw);
            String csv = Files.readString(dir.resolve("c.csv"));
            assertThat(csv).as(what).isEqualTo(Files.readString(dir.resolve("r.csv")));
            all.append(fromCells).append('\n').append(csv);
        }
        return all.toString();
    }

    private static String cells(Map<String, String> env, String warehouse) {
        CliRunner.Run run = CliRunner.runWith(env, "sql", "--warehouse", warehouse, "--format", "csv",
                "SELECT r.level_id, r.stale, c.event_type, c.app_version, c.no_version, c.cx, c.cy, c.events, c.no_session"
                        + " FROM playlens_heat_rollups r JOIN playlens_heat_cells c USING (level_id)"
                        + " ORDER BY 1, 3, 4, 5, 6, 7");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines().skip(1).map(l -> l.split(",")[1])).as("stale").containsOnly("false");
        return run.out();
    }

    /**
     * 400 new events: deaths and kills on test_level (some without position, version or session, some outside
     * the world), deaths on other_level, plus one repeat of a sample event (a duplicate, not inserted).
     */
    private static List<String> moreEvents(String firstSampleLine) {
        java.util.Random random = new java.util.Random(7);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            String level = i % 5 == 4 ? "other_level" : "test_level";
            String type = i % 3 == 0 ? "kill" : "player_death";
            StringBuilder e = new StringBuilder("{\"app_name\": \"SampleGame\", \"event_version\": \"1.0\"");
            e.append(", \"event_id\": \"").append(java.util.UUID.nameUUIDFromBytes(("more-" + i).getBytes())).append('"');
            e.append(", \"event_timestamp\": ").append(1508785119265L + i * 1000L);
            e.append(", \"client_id\": \"c").append(i % 17).append('"');
            e.append(", \"level_id\": \"").append(level).append("\", \"event_type\": \"").append(type).append('"');
            if (i % 7 != 0) e.append(", \"app_version\": \"").append(i % 2 == 0 ? "1.0.0" : "2.0").append('"');
            if (i % 4 == 0) e.append(", \"session_id\": \"s").append(i % 9).append('"');
            if (i % 11 != 0) {
                double spread = i % 13 == 0 ? 900 : 500; // some land outside the world rectangle
                e.append(", \"position_x\": ").append(247.245239 + spread * random.nextDouble());
                e.append(", \"position_y\": ").append(492.971008 + spread * random.nextDouble());
            }
            lines.add(e.append('}').toString());
        }
        lines.add(firstSampleLine);
        return lines;
    }

    private JsonNode heatmapJson(Map<String, String> env, String warehouse, String csv, String... extra) throws Exception {
        List<String> args = new ArrayList<>(List.of("heatmap", "--warehouse", warehouse,
                "--world", WORLD, "--bins-csv", dir.resolve(csv).toString(), "--json"));
        if (!List.of(extra).contains("--level")) args.addAll(List.of("--level", "test_level"));
        args.addAll(List.of(extra));
        CliRunner.Run run = CliRunner.runWith(env, args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        return JSON.readTree(run.out());
    }
}
