package dev.playlens.app.cli;

import dev.playlens.app.services.DemoSetup;
import dev.playlens.core.level.Level;
import dev.playlens.demo.DemoSpec;
import dev.playlens.demo.DemoSummary;
import dev.playlens.warehouse.ingest.LoadReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code playlens demo --dir DIR [--players N] [--days D] [--seed S] [--json]}. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Generate the demo game into DIR and load it into DIR/warehouse.duckdb.",
                "Writes bucket/events/YYYY/MM/DD/HH/*.json.gz, levels/*.png and levels.json; DIR becomes a workspace",
                "(open it with: playlens --workspace DIR)."})
public final class DemoCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--dir", required = true, paramLabel = "DIR", description = "Folder to generate into.")
    Path dir;

    @Option(names = "--players", paramLabel = "N", description = "Players (default: ${DEFAULT-VALUE}).", defaultValue = "20000")
    int players;

    @Option(names = "--days", paramLabel = "D", description = "Days of play (default: ${DEFAULT-VALUE}).", defaultValue = "30")
    int days;

    @Option(names = "--seed", paramLabel = "S", description = "Random seed (default: ${DEFAULT-VALUE}).", defaultValue = "7")
    long seed;

    @Option(names = "--json", description = "Print one JSON object with the counts on stdout.")
    boolean json;

    public DemoCommand(CliEnvironment environment) {
        // the environment is not needed: the demo warehouse is always the embedded DuckDB file
    }

    @Override
    public Integer call() throws Exception {
        if (players <= 0) throw new CommandLine.ParameterException(spec.commandLine(), "--players must be > 0, got " + players);
        if (days <= 0) throw new CommandLine.ParameterException(spec.commandLine(), "--days must be > 0, got " + days);
        PrintWriter err = spec.commandLine().getErr();
        ConsoleProgress progress = new ConsoleProgress(err, ConsoleProgress.stderrIsTerminal());
        DemoSpec demo = new DemoSpec(players, days, seed, DemoSpec.defaults().startDate());
        DemoSetup.Result result;
        try {
            result = new DemoSetup().generateAndLoad(dir, demo, progress);
        } finally {
            progress.finish();
        }
        DemoSummary s = result.summary();
        LoadReport load = result.load();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("dir", result.workspace().dir().toString());
            o.put("warehouse", result.workspace().warehouseLocation());
            o.put("players", s.players());
            o.put("events", s.events());
            o.put("duplicates", s.duplicates());
            o.put("malformed_lines", s.malformedLines());
            o.put("files", s.files());
            o.put("levels", s.levels().stream().map(Level::id).toList());
            o.put("load", IngestCommand.loadJson(load));
            o.put("rejects", result.rejects().toString());
            JsonOutput.print(out, o);
        } else {
            out.printf("Generated %,d players, %,d events (%,d duplicates, %,d malformed lines) in %,d files, %d levels%n",
                    s.players(), s.events(), s.duplicates(), s.malformedLines(), s.files(), s.levels().size());
            out.printf("Loaded into %s: %s%n", result.workspace().warehouseLocation(), IngestCommand.describe(load));
            if (load.rejected() > 0) out.printf("Rejected lines (with reasons): %s%n", result.rejects());
            out.printf("Open it: playlens --workspace %s%n", result.workspace().dir());
        }
        return 0;
    }
}
