package dev.playlens.app.workspace;

import java.util.List;

/**
 * What {@code workspace.json} holds. Paths are relative to the workspace folder when they do not start
 * with a root, so a workspace can be moved or copied as a whole. Never holds secrets.
 *
 * @param name           display name
 * @param levelsFile     the levels file ({@code levels.json}) with images and calibrations
 * @param warehouse      warehouse location: {@code duckdb:PATH} (relative to the workspace) or a JDBC URL
 * @param savedQueries   named SQL the analyst kept
 * @param savedLocations named storage locations (bucket URIs)
 */
public record WorkspaceSettings(String name, String levelsFile, String warehouse,
                                List<SavedQuery> savedQueries, List<SavedLocation> savedLocations) {

    public static final String DEFAULT_WAREHOUSE = "duckdb:warehouse.duckdb";

    public WorkspaceSettings {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("workspace name is empty");
        warehouse = warehouse == null || warehouse.isBlank() ? DEFAULT_WAREHOUSE : warehouse;
        savedQueries = savedQueries == null ? List.of() : List.copyOf(savedQueries);
        savedLocations = savedLocations == null ? List.of() : List.copyOf(savedLocations);
    }

    public static WorkspaceSettings named(String name, String levelsFile) {
        return new WorkspaceSettings(name, levelsFile, DEFAULT_WAREHOUSE, List.of(), List.of());
    }

    public record SavedQuery(String name, String sql) {
    }

    public record SavedLocation(String name, String uri) {
    }
}
