package dev.playlens.app.cli;

import dev.playlens.heatmap.BinGrid;
import dev.playlens.heatmap.BinSource;
import dev.playlens.heatmap.BinnedGrid;
import dev.playlens.heatmap.BinStats;
import dev.playlens.heatmap.HeatmapQuery;
import dev.playlens.heatmap.render.ColorMap;
import dev.playlens.warehouse.Warehouse;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Callable;

/** {@code playlens heatmap --warehouse W --level L --world X0,Y0,X1,Y1 … [--out PNG] [--bins-csv CSV]}. */
@Command(name = "heatmap", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Draw a level's death (or any event) heatmap, binned in the warehouse.",
                "Only bins leave the warehouse; --out draws them over --image with a legend.",
                "Square bins are aligned at X0,Y0: x_index = floor((x - X0) / SIZE), y_index = floor((y - Y0) / SIZE)."})
public final class HeatmapCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    private final CliEnvironment environment;

    @Mixin
    HeatmapOptions options;

    @Option(names = "--versions", paramLabel = "V1,V2", description = "App versions to include (default: all).")
    String versions;

    @Option(names = "--no-rollup", description = "Bin the raw events even when the level's cell roll-up could answer "
            + "(see heatmap-rollup), e.g. to compare.")
    boolean noRollup;

    public HeatmapCommand(CliEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() throws Exception {
        HeatmapQuery query = options.query(spec, HeatmapOptions.splitList(versions));
        PrintWriter err = spec.commandLine().getErr();
        CompletableFuture<BufferedImage> image = HeatmapRun.preloadImage(options);
        ConsoleProgress progress = new ConsoleProgress(err, ConsoleProgress.stderrIsTerminal());
        BinnedGrid binned;
        try (Warehouse w = WarehouseLocations.open(spec, options.warehouse, environment.env())) {
            binned = HeatmapRun.bin(w, query, !noRollup, progress);
        } finally {
            progress.finish();
        }
        BinGrid grid = binned.grid();
        boolean fromRollup = binned.source() == BinSource.ROLLUP;
        BinStats s = grid.stats();
        List<String> title = List.of(query.levelId() + " — " + String.join(", ", query.eventTypes()),
                String.format(Locale.ROOT, "%s · %,d events", query.appVersions().isEmpty() ? "all versions"
                        : "versions " + String.join(", ", query.appVersions()), s.binnedEvents()));
        HeatmapRun.writeOutputs(options, grid, ColorMap.INFERNO, title, image);
        PrintWriter out = spec.commandLine().getOut();
        if (options.json) {
            Map<String, Object> o = HeatmapRun.statsJson(s);
            o.putAll(HeatmapRun.gridJson(grid, options));
            o.put("source", binned.source().jsonName());
            JsonOutput.print(out, o);
        } else {
            out.printf(Locale.ROOT, "%,d matching events, %,d binned into %,d non-zero bins (%,d outside the world rectangle, %,d without position)%s%s%n",
                    s.matchedEvents(), s.binnedEvents(), grid.nonZeroCount(), s.outsideViewport(), s.withoutPosition(),
                    fromRollup ? " (from the cell roll-up)" : "", HeatmapRun.describeOutputs(options));
        }
        return 0;
    }
}
