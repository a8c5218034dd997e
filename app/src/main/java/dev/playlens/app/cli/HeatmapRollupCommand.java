package dev.playlens.app.cli;

import dev.playlens.core.sql.Engine;
import dev.playlens.heatmap.CellRollupStore;
import dev.playlens.warehouse.Warehouse;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.sql.Connection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code playlens heatmap-rollup --warehouse W --level L --world X0,Y0,X1,Y1 [--unit U] [--drop] [--json]}. */
@Command(name = "heatmap-rollup", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Pre-aggregate a level's events per world cell on PostgreSQL, so its heatmaps skip the events.",
                "Cells: floor((x - X0) / U), floor((y - Y0) / U) per event type and app version. Any change to "
                        + "game_events marks every roll-up stale (a trigger); a stale roll-up is not used until rebuilt;"
                        + " playlens ingest adds what it loads to the current ones, so they stay current.",
                "heatmap uses it for square, summed, un-normalised bins without a time range whose bin size, "
                        + "origin and viewport lie on the cell lattice; otherwise it bins the events as before."})
public final class HeatmapRollupCommand implements Callable<Integer> {
    private static final int DEFAULT_CELLS_ACROSS = 256;

    @Spec
    CommandSpec spec;

    private final CliEnvironment environment;

    @Option(names = "--warehouse", required = true, paramLabel = "W", description = "jdbc:postgresql://… (PostgreSQL only).")
    String warehouse;

    @Option(names = "--level", required = true, paramLabel = "L", description = "The level id (game_events.level_id).")
    String level;

    @Option(names = "--world", paramLabel = "X0,Y0,X1,Y1",
            description = "The level's world rectangle, as given to heatmap; cells are anchored at X0,Y0.")
    String world;

    @Option(names = "--unit", paramLabel = "U", description = "Cell side in world units (default: |X1 - X0| / 256).")
    Double unit;

    @Option(names = "--drop", description = "Remove the level's roll-up instead of building it.")
    boolean drop;

    @Option(names = "--json", description = "Print {\"level\":…, \"cells\":…, \"events\":…, \"x0\":…, \"y0\":…, \"unit\":…} "
            + "(with --drop: {\"level\":…, \"dropped\":…}).")
    boolean json;

    public HeatmapRollupCommand(CliEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() throws Exception {
        double[] rect = drop ? null : parseWorld();
        double cell = drop ? 0 : cellUnit(rect);
        PrintWriter err = spec.commandLine().getErr();
        ConsoleProgress progress = new ConsoleProgress(err, ConsoleProgress.stderrIsTerminal());
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("level", level);
        String text;
        long started = System.nanoTime();
        try (Warehouse w = WarehouseLocations.open(spec, warehouse, environment.env()); Connection c = w.connect()) {
            if (w.engine() != Engine.POSTGRESQL) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--warehouse: the cell roll-up needs "
                        + "PostgreSQL (it is kept current by a trigger on game_events), not " + w.engine());
            }
            CellRollupStore store = new CellRollupStore();
            if (drop) {
                boolean dropped = store.drop(c, level, progress);
                o.put("dropped", dropped);
                text = dropped ? "dropped the cell roll-up of " + level : "level " + level + " has no cell roll-up";
            } else {
                CellRollupStore.BuildResult r = store.build(c, level, rect[0], rect[1], cell, progress);
                double seconds = (System.nanoTime() - started) / 1e9;
                o.put("cells", r.cells());
                o.put("events", r.events());
                o.put("x0", r.rollup().x0());
                o.put("y0", r.rollup().y0());
                o.put("unit", r.rollup().unit());
                o.put("seconds", Math.round(seconds * 1000) / 1000.0);
                text = String.format(Locale.ROOT, "rolled up %,d events of %s into %,d cells of %s world units "
                        + "anchored at %s,%s in %.1f s", r.events(), level, r.cells(), num(cell), num(rect[0]),
                        num(rect[1]), seconds);
            }
        } finally {
            progress.finish();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) JsonOutput.print(out, o);
        else out.println(text);
        return 0;
    }

    private double[] parseWorld() {
        if (world == null) throw usage("--world X0,Y0,X1,Y1 is required (unless --drop)");
        String[] parts = world.split(",");
        if (parts.length != 4) throw usage("--world: expected X0,Y0,X1,Y1 (four numbers), got '" + world + "'");
        double[] v = new double[4];
        for (int i = 0; i < 4; i++) {
            try {
                v[i] = Double.parseDouble(parts[i].strip());
            } catch (NumberFormatException e) {
                throw usage("--world: '" + parts[i].strip() + "' is not a number (in '" + world + "')");
            }
            if (!Double.isFinite(v[i])) throw usage("--world: '" + parts[i].strip() + "' is not finite");
        }
        if (v[0] == v[2] || v[1] == v[3]) throw usage("--world: the rectangle is empty: '" + world + "'");
        return v;
    }

    private double cellUnit(double[] rect) {
        double u = unit != null ? unit : Math.abs(rect[2] - rect[0]) / DEFAULT_CELLS_ACROSS;
        if (!(u > 0) || !Double.isFinite(u)) throw usage("--unit must be a number > 0, got " + unit);
        return u;
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    private static String num(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
