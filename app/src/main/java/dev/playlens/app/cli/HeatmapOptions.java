package dev.playlens.app.cli;

import dev.playlens.core.level.WorldRect;
import dev.playlens.heatmap.BinShape;
import dev.playlens.heatmap.HeatmapQuery;
import dev.playlens.heatmap.Normalization;
import dev.playlens.heatmap.Reduce;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

/** The options {@code heatmap} and {@code heatmap-diff} share (docs/cli.md), and their translation to a query. */
public final class HeatmapOptions {
    @Option(names = "--warehouse", required = true, paramLabel = "W", description = "duckdb:PATH, jdbc:postgresql://… or jdbc:redshift://…")
    String warehouse;

    @Option(names = "--level", required = true, paramLabel = "L", description = "The level id (game_events.level_id).")
    String level;

    @Option(names = "--event", paramLabel = "TYPE[,TYPE…]", defaultValue = "player_death", split = ",",
            description = "Event types to bin (default: ${DEFAULT-VALUE}).")
    List<String> events;

    @Option(names = "--from", paramLabel = "ISO", description = "Events at or after this time (2026-09-01 or 2026-09-01T12:00:00Z; UTC).")
    String from;

    @Option(names = "--to", paramLabel = "ISO", description = "Events before this time.")
    String to;

    @Option(names = "--world", required = true, paramLabel = "X0,Y0,X1,Y1",
            description = "The world rectangle covering the whole image; X0,Y0 is the image's top-left corner (bottom-left with --flip-y).")
    String world;

    @Option(names = "--flip-y", description = "World y grows upward (X0,Y0 is the image's bottom-left corner).")
    boolean flipY;

    @Option(names = "--image", paramLabel = "PNG", description = "The level image drawn under the heat.")
    Path image;

    @Option(names = "--shape", paramLabel = "square|hex", defaultValue = "square", description = "Bin shape (default: ${DEFAULT-VALUE}).")
    String shape;

    @Option(names = "--bin", paramLabel = "SIZE", description = "Bin size in world units (default: 1/128 of the longer world side).")
    Double bin;

    @Option(names = "--reduce", paramLabel = "sum|max", defaultValue = "sum",
            description = "sum: events per bin; max: the busiest 1-unit cell in the bin (default: ${DEFAULT-VALUE}).")
    String reduce;

    @Option(names = "--smooth", paramLabel = "SIGMA", defaultValue = "0", description = "Gaussian smoothing sigma in bins (0 = off).")
    double smooth;

    @Option(names = "--normalize", paramLabel = "none|per-player|per-session", defaultValue = "none",
            description = "Make versions comparable: %% of the level's players (sessions) with an event in the bin.")
    String normalize;

    @Option(names = "--colormap", paramLabel = "NAME", description = "Colour map (viridis, inferno, magma, hot; rdbu/coolwarm for diffs).")
    String colormap;

    @Option(names = "--out", paramLabel = "PNG", description = "Write the rendered heatmap (with legend) as PNG.")
    Path out;

    @Option(names = "--bins-csv", paramLabel = "CSV", description = "Write the non-zero bins: square x_index,y_index,value; hex center_x,center_y,value.")
    Path binsCsv;

    @Option(names = "--json", description = "Print one JSON object with the counts and the files written.")
    boolean json;

    /** The query for {@code versions} (empty = all versions); bad values are usage errors naming the option. */
    HeatmapQuery query(CommandSpec spec, List<String> versions) {
        WorldRect rect = parseWorld(spec);
        try {
            HeatmapQuery q = HeatmapQuery.of(level, rect)
                    .withEventTypes(events.stream().map(String::strip).filter(s -> !s.isEmpty()).toList())
                    .withAppVersions(versions)
                    .withTimeRange(parseTime(spec, "--from", from), parseTime(spec, "--to", to))
                    .withReduce(parse(spec, "--reduce", () -> Reduce.parse(reduce)))
                    .withNormalization(parse(spec, "--normalize", () -> Normalization.parse(normalize)))
                    .withSmoothing(smooth);
            BinShape s = parse(spec, "--shape", () -> BinShape.parse(shape));
            return q.withBins(s, bin == null ? q.binSize() : bin);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    static List<String> splitList(String list) {
        if (list == null || list.isBlank()) return List.of();
        return Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private WorldRect parseWorld(CommandSpec spec) {
        String[] parts = world.split(",");
        if (parts.length != 4) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--world: expected X0,Y0,X1,Y1 (four numbers), got '" + world + "'");
        }
        double[] v = new double[4];
        for (int i = 0; i < 4; i++) {
            try {
                v[i] = Double.parseDouble(parts[i].strip());
            } catch (NumberFormatException e) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--world: '" + parts[i].strip() + "' is not a number (in '" + world + "')");
            }
        }
        try {
            return new WorldRect(v[0], v[1], v[2], v[3], flipY);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--world: " + e.getMessage());
        }
    }

    private static Instant parseTime(CommandSpec spec, String option, String text) {
        if (text == null) return null;
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException notInstant) {
            try {
                return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException notDateTime) {
                try {
                    return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
                } catch (DateTimeParseException e) {
                    throw new CommandLine.ParameterException(spec.commandLine(), option + ": '" + text
                            + "' is not an ISO date or time (e.g. 2026-09-01 or 2026-09-01T12:00:00Z)");
                }
            }
        }
    }

    private static <T> T parse(CommandSpec spec, String option, java.util.function.Supplier<T> parser) {
        try {
            return parser.get();
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), option + ": " + e.getMessage());
        }
    }
}
