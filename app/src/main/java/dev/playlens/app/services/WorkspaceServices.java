package dev.playlens.app.services;

import dev.playlens.app.workspace.Workspace;
import dev.playlens.warehouse.Warehouse;

/**
 * The services bound to one open workspace (its warehouse connection and what is built on it). Closed when
 * the workspace closes or another one is opened.
 */
public interface WorkspaceServices extends AutoCloseable {
    Workspace workspace();

    HeatmapService heatmaps();

    /** The SQL workbench's query service. */
    QueryService queries();

    /** The workspace's open warehouse (feature queries, ingestion, publishing to a table). */
    Warehouse warehouse();

    @Override
    void close();
}
