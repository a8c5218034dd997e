package dev.playlens.app.cli;

import dev.playlens.ml.data.DataSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;

/** DATA of publish: {@code --data FILE.csv|FILE.parquet}, or {@code --warehouse W} with {@code --table} or {@code --query}. */
public final class FeatureDataOptions {
    @Option(names = "--data", paramLabel = "FILE", description = "A CSV or Parquet file with one row per user.")
    Path data;

    @Option(names = "--warehouse", paramLabel = "W", description = "duckdb:PATH, jdbc:postgresql://… or jdbc:redshift://…")
    String warehouse;

    @Option(names = "--table", paramLabel = "NAME", description = "With --warehouse: the feature table.")
    String table;

    @Option(names = "--query", paramLabel = "SQL", description = "With --warehouse: a query returning one row per user.")
    String query;

    /** The source the options name; a wrong combination is bad usage (exit 2). */
    DataSource source(CommandSpec spec) {
        if (data != null) {
            if (warehouse != null || table != null || query != null) {
                throw usage(spec, "give either --data FILE or --warehouse W with --table/--query, not both");
            }
            return new DataSource.File(data);
        }
        if (warehouse == null) throw usage(spec, "missing DATA: give --data FILE or --warehouse W with --table NAME or --query SQL");
        if ((table == null) == (query == null)) throw usage(spec, "--warehouse needs exactly one of --table NAME or --query SQL");
        try {
            dev.playlens.core.sql.Engine.fromLocation(warehouse);
            return table != null ? new DataSource.WarehouseTable(warehouse, table)
                    : new DataSource.WarehouseQuery(warehouse, query, List.of());
        } catch (IllegalArgumentException e) {
            throw usage(spec, e.getMessage().startsWith("--") ? e.getMessage() : "--warehouse: " + e.getMessage());
        }
    }

    private static CommandLine.ParameterException usage(CommandSpec spec, String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
