package dev.playlens.app.cli;

import dev.playlens.warehouse.Credentials;
import dev.playlens.warehouse.Warehouse;
import dev.playlens.warehouse.Warehouses;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

import java.util.Map;

/** Opens {@code --warehouse W}: a malformed location is bad usage (exit 2), an unreachable one a failure (exit 1). */
final class WarehouseLocations {
    private WarehouseLocations() {
    }

    static Warehouse open(CommandSpec spec, String location, Map<String, String> env) {
        try {
            dev.playlens.core.sql.Engine.fromLocation(location);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--warehouse: " + e.getMessage());
        }
        return Warehouses.open(location, Credentials.fromEnvironment(env));
    }
}
