package dev.playlens.app.services;

import dev.playlens.app.workspace.Workspace;
import dev.playlens.warehouse.Credentials;
import dev.playlens.warehouse.Warehouse;
import dev.playlens.warehouse.Warehouses;

/** The real services of a workspace: its warehouse, heatmaps binned there, SQL run there. */
public final class WarehouseWorkspaceServices implements WorkspaceServices {
    private final Workspace workspace;
    private final Warehouse warehouse;
    private final HeatmapService heatmaps;
    private final QueryService queries;

    private WarehouseWorkspaceServices(Workspace workspace, Warehouse warehouse) {
        this.workspace = workspace;
        this.warehouse = warehouse;
        this.heatmaps = new WarehouseHeatmapService(warehouse);
        this.queries = new WarehouseQueryService(warehouse, workspace.historyDir().resolve("queries.jsonl"));
    }

    public static WarehouseWorkspaceServices open(Workspace workspace, Credentials credentials) {
        return new WarehouseWorkspaceServices(workspace, Warehouses.open(workspace.warehouseLocation(), credentials));
    }

    @Override
    public Workspace workspace() {
        return workspace;
    }

    @Override
    public HeatmapService heatmaps() {
        return heatmaps;
    }

    @Override
    public QueryService queries() {
        return queries;
    }

    @Override
    public Warehouse warehouse() {
        return warehouse;
    }

    @Override
    public void close() {
        queries.close();
        try {
            warehouse.close();
        } catch (Exception e) {
            System.getLogger(WarehouseWorkspaceServices.class.getName()).log(System.Logger.Level.WARNING,
                    "closing the warehouse of " + workspace + " failed: " + e.getMessage());
        }
    }
}
