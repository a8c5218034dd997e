package dev.playlens.app.cli;

import dev.playlens.app.Composition;
import dev.playlens.app.shell.GuiLauncher;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The training run behind the {@code ./playlens} launcher's AOT cache (JEP 483/514): the common commands on a
 * small demo game in {@code DIR}, and the main window when there is a display. Classes these load and link are
 * cached, so later starts skip that work (about 0.2 s per command). Run only by the launcher, with
 * {@code -XX:AOTCacheOutput}; a failing step fails the run, and the launcher then goes on without a cache.
 * Usage: {@code AotTraining DIR}
 */
public final class AotTraining {
    private AotTraining() {
    }

    public static void main(String[] args) {
        System.exit(run(Path.of(args[0]), System.getenv(), new PrintWriter(System.err, true)));
    }

    /** Runs the training commands in {@code dir}; 0 when all of them succeeded, else 1 with the reason on err. */
    static int run(Path directory, Map<String, String> env, PrintWriter err) {
        Path dir = directory.toAbsolutePath();
        String warehouse = "duckdb:" + dir.resolve("warehouse.duckdb");
        String world = "-1280,-1280,1280,1280";
        List<List<String>> commands = List.of(
                List.of("demo", "--dir", dir.toString(), "--players", "300", "--days", "2"),
                List.of("sql", "--warehouse", warehouse, "--format", "csv",
                        "SELECT level_id, count(*) FROM game_events GROUP BY 1 ORDER BY 1"),
                List.of("heatmap", "--warehouse", warehouse, "--level", "sunken_harbor", "--world", world,
                        "--image", dir.resolve("levels/sunken_harbor.png").toString(), "--bin", "40",
                        "--out", dir.resolve("heat.png").toString(), "--bins-csv", dir.resolve("bins.csv").toString()),
                List.of("--help"));
        Cli cli = new Cli(env, new GuiLauncher(dirs -> Composition.gui(dirs, env)));
        for (List<String> command : commands) {
            StringWriter text = new StringWriter();
            int code = cli.execute(command.toArray(String[]::new), new PrintWriter(text), new PrintWriter(text));
            if (code != 0) return fail(err, command + " exited with " + code + ": " + text);
        }
        if (env.get("DISPLAY") != null) {
            String[] screenshot = {"--workspace", dir.toString(), "--screenshot", dir.resolve("window.png").toString()};
            int code = cli.execute(screenshot, err, err);
            if (code != 0) return fail(err, "the main window's screenshot exited with " + code);
        }
        return 0;
    }

    private static int fail(PrintWriter err, String message) {
        err.println("AOT training: " + message);
        err.flush();
        return 1;
    }
}
