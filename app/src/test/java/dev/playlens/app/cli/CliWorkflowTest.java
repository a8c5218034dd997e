package dev.playlens.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.playlens.app.TestWorkspaces;
import dev.playlens.core.level.WorldRect;
import dev.playlens.testsupport.RealData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** ingest → sql → heatmap → heatmap-diff on the seed pipeline's real sample (642 deaths), checked independently. */
class CliWorkflowTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SAMPLE = RealData.file("aws-pipeline/heatmap-sample-data.txt");
    private static final WorldRect WORLD = TestWorkspaces.SEED_WORLD;
    private static final String WORLD_ARG = WORLD.x0() + "," + WORLD.y0() + "," + WORLD.x1() + "," + WORLD.y1();

    @TempDir
    static Path dir;
    private static String warehouse;
    private static JsonNode firstIngest;

    @BeforeAll
    static void ingest() throws Exception {
        warehouse = "duckdb:" + dir.resolve("wh.duckdb");
        CliRunner.Run run = CliRunner.run("ingest", "--warehouse", warehouse, "--from", SAMPLE.toString(), "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        firstIngest = onlyJsonObject(run.out());
    }

    @Test
    void ingestReportsEveryLineOfTheSample() throws Exception {
        long lines = Files.readAllLines(SAMPLE).stream().filter(l -> !l.isBlank()).count();
        assertThat(firstIngest.get("files").asInt()).isEqualTo(1);
        assertThat(firstIngest.get("read").asLong()).isEqualTo(lines);
        assertThat(firstIngest.get("inserted").asLong()).isEqualTo(lines);
        assertThat(firstIngest.get("rejected").asLong()).isZero();
        assertThat(firstIngest.get("skipped_files").asInt()).isZero();
    }

    @Test
    void ingestingTheSameFileAgainChangesNothing() throws Exception {
        CliRunner.Run again = CliRunner.run("ingest", "--warehouse", warehouse, "--from", "file:" + SAMPLE, "--json");
        assertThat(again.exitCode()).as(again.err()).isZero();
        JsonNode report = onlyJsonObject(again.out());
        assertThat(report.get("inserted").asLong()).isZero();
        assertThat(report.get("skipped_files").asInt()).isEqualTo(1);
        assertThat(count("select count(*) AS n from game_events")).isEqualTo(firstIngest.get("inserted").asLong());
    }

    @Test
    void sqlPrintsTableCsvAndJson() throws Exception {
        CliRunner.Run table = CliRunner.run("sql", "--warehouse", warehouse,
                "select event_type, count(*) as n from game_events group by 1");
        assertThat(table.exitCode()).as(table.err()).isZero();
        assertThat(table.out()).contains("event_type").contains("player_death").contains("642").contains("(1 row)");

        CliRunner.Run csv = CliRunner.run("sql", "--warehouse", warehouse, "--format", "csv",
                "select level_id, count(*) as n from game_events group by 1");
        assertThat(csv.out().strip().split("\\R")).containsExactly("level_id,n", "test_level,642");
    }

    @Test
    void aFailingQueryExitsOneWithTheDatabaseMessage() {
        CliRunner.Run run = CliRunner.run("sql", "--warehouse", warehouse, "select * from no_such_table");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.err()).contains("no_such_table");
    }

    @Test
    void heatmapBinsMatchAnIndependentCountOfTheRawSample() throws Exception {
        double bin = 8;
        Path csv = dir.resolve("bins.csv");
        Path png = dir.resolve("heat.png");
        CliRunner.Run run = CliRunner.run("heatmap", "--warehouse", warehouse, "--level", "test_level",
                "--world", WORLD_ARG, "--bin", "8", "--image", RealData.file("aws-pipeline/level_screenshot_512x512.png").toString(),
                "--out", png.toString(), "--bins-csv", csv.toString(), "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode result = onlyJsonObject(run.out());
        assertThat(result.get("binned_events").asLong()).isEqualTo(642);

        // Count the raw sample in plain Java with the contract's formula.
        Map<String, Integer> expected = new HashMap<>();
        for (String line : Files.readAllLines(SAMPLE)) {
            if (line.isBlank()) continue;
            JsonNode e = JSON.readTree(line);
            long xi = (long) Math.floor((e.get("position_x").asDouble() - WORLD.x0()) / bin);
            long yi = (long) Math.floor((e.get("position_y").asDouble() - WORLD.y0()) / bin);
            expected.merge(xi + "," + yi, 1, Integer::sum);
        }
        Map<String, Integer> actual = new HashMap<>();
        List<String> rows = Files.readAllLines(csv);
        assertThat(rows.getFirst()).isEqualTo("x_index,y_index,value");
        for (String row : rows.subList(1, rows.size())) {
            String[] f = row.split(",");
            actual.put(f[0] + "," + f[1], Integer.parseInt(f[2]));
        }
        assertThat(actual).isEqualTo(expected);

        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(512);
        assertThat(image.getHeight()).isGreaterThan(512);
    }

    @Test
    void theDiffOfAVersionWithItselfIsZeroEverywhere() throws Exception {
        CliRunner.Run run = CliRunner.run("heatmap-diff", "--warehouse", warehouse, "--level", "test_level",
                "--world", WORLD_ARG, "--a-versions", "1.0.0", "--b-versions", "1.0.0", "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode result = onlyJsonObject(run.out());
        assertThat(result.get("a").get("binned_events").asLong()).isEqualTo(642);
        assertThat(result.get("b").get("binned_events").asLong()).isEqualTo(642);
        assertThat(result.get("nonzero_bins").asInt()).isZero();
    }

    private static long count(String sql) throws Exception {
        CliRunner.Run run = CliRunner.run("sql", "--warehouse", warehouse, "--format", "json", sql);
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode result = onlyJsonObject(run.out());
        return result.get("rows").get(0).get("n").asLong();
    }

    /** --json prints exactly one JSON object on stdout and nothing else. */
    static JsonNode onlyJsonObject(String stdout) throws Exception {
        assertThat(stdout.strip().split("\\R")).hasSize(1);
        JsonNode node = JSON.readTree(stdout);
        assertThat(node.isObject()).isTrue();
        try (var parser = JSON.createParser(stdout)) {
            JSON.readTree(parser);
            assertThat(parser.nextToken()).as("nothing after the object").isNull();
        }
        return node;
    }
}
