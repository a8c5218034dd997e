package dev.playlens.app.cli;

import dev.playlens.heatmap.BinGrid;
import dev.playlens.heatmap.HeatmapQuery;
import dev.playlens.heatmap.render.ColorMap;
import dev.playlens.app.services.PhasedProgress;
import dev.playlens.warehouse.Warehouse;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Callable;

/** {@code playlens heatmap-diff … --a-versions LIST --b-versions LIST}: B − A on the same grid. */
@Command(name = "heatmap-diff", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Compare two version sets: the heatmap of B minus A on the same grid.",
                "Drawn with a diverging colour map (red: more in B, blue: fewer).",
                "Use --normalize per-player (or per-session) when the two sets have different numbers of players."})
public final class HeatmapDiffCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    private final CliEnvironment environment;

    @Mixin
    HeatmapOptions options;

    @Option(names = "--a-versions", required = true, paramLabel = "LIST", description = "Versions of set A (the baseline).")
    String aVersions;

    @Option(names = "--b-versions", required = true, paramLabel = "LIST", description = "Versions of set B.")
    String bVersions;

    public HeatmapDiffCommand(CliEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() throws Exception {
        List<String> a = HeatmapOptions.splitList(aVersions);
        List<String> b = HeatmapOptions.splitList(bVersions);
        if (a.isEmpty() || b.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), (a.isEmpty() ? "--a-versions" : "--b-versions")
                    + ": give at least one version");
        }
        HeatmapQuery queryA = options.query(spec, a);
        HeatmapQuery queryB = options.query(spec, b);
        PrintWriter err = spec.commandLine().getErr();
        CompletableFuture<BufferedImage> image = HeatmapRun.preloadImage(options);
        ConsoleProgress progress = new ConsoleProgress(err, ConsoleProgress.stderrIsTerminal());
        BinGrid gridA;
        BinGrid gridB;
        try (Warehouse w = WarehouseLocations.open(spec, options.warehouse, environment.env())) {
            gridA = HeatmapRun.bin(w, queryA, true, PhasedProgress.of(progress, 0, 0.5, "A")).grid();
            gridB = HeatmapRun.bin(w, queryB, true, PhasedProgress.of(progress, 0.5, 1, "B")).grid();
        } finally {
            progress.finish();
        }
        BinGrid diff = gridB.minus(gridA);
        List<String> title = List.of(queryA.levelId() + " — " + String.join(", ", queryA.eventTypes()) + ": B − A",
                String.format(Locale.ROOT, "A: %s (%,d events) · B: %s (%,d events)", String.join(", ", a),
                        gridA.stats().binnedEvents(), String.join(", ", b), gridB.stats().binnedEvents()));
        HeatmapRun.writeOutputs(options, diff, ColorMap.RDBU, title, image);
        PrintWriter out = spec.commandLine().getOut();
        if (options.json) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("a", HeatmapRun.statsJson(gridA.stats()));
            o.put("b", HeatmapRun.statsJson(gridB.stats()));
            o.putAll(HeatmapRun.gridJson(diff, options));
            JsonOutput.print(out, o);
        } else {
            out.printf(Locale.ROOT, "A (%s): %,d events; B (%s): %,d events; %,d bins differ, largest change %.4g %s%s%n",
                    String.join(",", a), gridA.stats().binnedEvents(), String.join(",", b), gridB.stats().binnedEvents(),
                    diff.nonZeroCount(), diff.maxAbs(), gridA.unit(), HeatmapRun.describeOutputs(options));
        }
        return 0;
    }
}
