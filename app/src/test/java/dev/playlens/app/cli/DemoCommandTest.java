package dev.playlens.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.playlens.app.workspace.Workspace;
import dev.playlens.core.level.Level;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code demo} on a small spec, then {@code sql} and {@code heatmap} on what it produced. */
class DemoCommandTest {
    @TempDir
    static Path dir;
    private static JsonNode report;

    @BeforeAll
    static void generate() throws Exception {
        CliRunner.Run run = CliRunner.run("demo", "--dir", dir.toString(), "--players", "300", "--days", "5",
                "--seed", "3", "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        report = CliWorkflowTest.onlyJsonObject(run.out());
    }

    @Test
    void theLoadAccountsForEveryGeneratedLine() {
        JsonNode load = report.get("load");
        assertThat(report.get("players").asLong()).isEqualTo(300);
        assertThat(report.get("events").asLong()).isPositive();
        assertThat(load.get("files").asInt()).isEqualTo(report.get("files").asInt());
        assertThat(load.get("inserted").asLong()).isEqualTo(report.get("events").asLong());
        assertThat(load.get("duplicates").asLong()).isEqualTo(report.get("duplicates").asLong());
        assertThat(load.get("rejected").asLong()).isEqualTo(report.get("malformed_lines").asLong());
        assertThat(load.get("read").asLong()).isEqualTo(report.get("events").asLong()
                + report.get("duplicates").asLong() + report.get("malformed_lines").asLong());
    }

    @Test
    void sqlOnTheResultCountsTheUniqueEvents() throws Exception {
        CliRunner.Run run = CliRunner.run("sql", "--warehouse", report.get("warehouse").asText(), "--format", "json",
                "select count(*) as n, count(distinct event_id) as ids from game_events");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode row = CliWorkflowTest.onlyJsonObject(run.out()).get("rows").get(0);
        assertThat(row.get("n").asLong()).isEqualTo(report.get("events").asLong());
        assertThat(row.get("ids").asLong()).isEqualTo(row.get("n").asLong());
    }

    @Test
    void theFolderIsAWorkspaceWhoseLevelsHaveHeatmaps() throws Exception {
        Workspace ws = Workspace.open(dir);
        assertThat(ws.levels()).hasSizeGreaterThanOrEqualTo(3);
        Level level = ws.levels().getFirst();
        assertThat(ws.levelImage(level)).isRegularFile();
        Path png = dir.resolve("heat.png");
        var w = level.world();
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("heatmap",
                "--warehouse", ws.warehouseLocation(), "--level", level.id(),
                "--world", w.x0() + "," + w.y0() + "," + w.x1() + "," + w.y1(),
                "--image", ws.levelImage(level).toString(), "--out", png.toString(), "--json"));
        if (w.flipY()) args.add("--flip-y");
        CliRunner.Run run = CliRunner.run(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode heat = CliWorkflowTest.onlyJsonObject(run.out());
        assertThat(heat.get("binned_events").asLong()).isPositive();
        // Deaths sit on the level: nearly all of them inside the world rectangle the image covers.
        assertThat(heat.get("outside_world").asLong()).isLessThan(heat.get("matched_events").asLong() / 20 + 1);
        assertThat(Files.size(png)).isPositive();
    }
}
