package dev.playlens.app.cli;

import dev.playlens.ml.data.DataSource;
import dev.playlens.ml.data.WarehouseConnector;
import dev.playlens.warehouse.Warehouse;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * DATA of the model commands: {@code --data FILE.csv|FILE.parquet}, or {@code --warehouse W} with
 * {@code --table NAME} or {@code --query SQL}. Warehouses opened for loading stay open until {@link #close()}.
 */
public final class FeatureDataOptions implements AutoCloseable {
    @Option(names = "--data", paramLabel = "FILE", description = "A .csv, .csv.gz or .parquet file with one row per user.")
    Path file;

    @Option(names = "--warehouse", paramLabel = "W", description = "duckdb:PATH, jdbc:postgresql://… or jdbc:redshift://…")
    String warehouse;

    @Option(names = "--table", paramLabel = "NAME", description = "With --warehouse: read this whole table.")
    String table;

    @Option(names = "--query", paramLabel = "SQL", description = "With --warehouse: read the rows this query returns.")
    String query;

    private final List<Warehouse> opened = new ArrayList<>();

    boolean given() {
        return file != null || warehouse != null || table != null || query != null;
    }

    /** The data source the options name; contradictions are bad usage naming the options. */
    DataSource source(CommandSpec spec) {
        if (file != null && warehouse != null) throw usage(spec, "give either --data or --warehouse, not both");
        if (file != null) {
            if (table != null || query != null) throw usage(spec, "--table and --query go with --warehouse, not --data");
            if (!java.nio.file.Files.isRegularFile(file)) throw new IllegalArgumentException("--data: no such file: " + file);
            return new DataSource.File(file);
        }
        if (warehouse == null) {
            throw usage(spec, (table != null || query != null ? "--table/--query need --warehouse W"
                    : "missing DATA: --data FILE, or --warehouse W with --table NAME or --query SQL"));
        }
        if ((table == null) == (query == null)) throw usage(spec, "--warehouse needs exactly one of --table NAME or --query SQL");
        try {
            dev.playlens.core.sql.Engine.fromLocation(warehouse);
            return table != null ? new DataSource.WarehouseTable(warehouse, table)
                    : new DataSource.WarehouseQuery(warehouse, query, List.of());
        } catch (IllegalArgumentException e) {
            String message = e.getMessage();
            throw usage(spec, message.startsWith("--") ? message : "--warehouse: " + message);
        }
    }

    /** Opens warehouses through the warehouse module (credentials from the environment or the keychain). */
    WarehouseConnector connector(CommandSpec spec, Map<String, String> env) {
        return location -> {
            Warehouse w = WarehouseLocations.open(spec, location, env);
            opened.add(w);
            return w.connect();
        };
    }

    @Override
    public void close() throws SQLException {
        SQLException first = null;
        for (Warehouse w : opened) {
            try {
                w.close();
            } catch (SQLException e) {
                if (first == null) first = e;
            }
        }
        opened.clear();
        if (first != null) throw first;
    }

    private static CommandLine.ParameterException usage(CommandSpec spec, String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
