package dev.playlens.app.services;

import dev.playlens.core.job.JobContext;
import dev.playlens.heatmap.BinGrid;
import dev.playlens.heatmap.BinQueryRunner;
import dev.playlens.heatmap.DiffRunner;
import dev.playlens.heatmap.HeatmapDiff;
import dev.playlens.heatmap.HeatmapQuery;
import dev.playlens.heatmap.LevelFacets;
import dev.playlens.heatmap.LevelFacetsQuery;
import dev.playlens.warehouse.Warehouse;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** Heatmap bins for the GUI, pushed down to the workspace warehouse by the heatmap module. */
public final class WarehouseHeatmapService implements HeatmapService {
    private final Warehouse warehouse;
    private final BinQueryRunner runner = new BinQueryRunner();

    public WarehouseHeatmapService(Warehouse warehouse) {
        this.warehouse = warehouse;
    }

    @Override
    public LevelFacets facets(String levelId, JobContext ctx) throws SQLException {
        try (Connection c = warehouse.connect()) {
            return new LevelFacetsQuery().run(c, levelId, ctx);
        }
    }

    @Override
    public BinGrid bins(HeatmapQuery query, JobContext ctx) throws SQLException {
        try (Connection c = warehouse.connect()) {
            return runner.run(c, warehouse.engine(), query, ctx);
        }
    }

    @Override
    public HeatmapDiff diff(HeatmapQuery query, List<String> versionsA, List<String> versionsB, JobContext ctx)
            throws SQLException {
        try (Connection c = warehouse.connect()) {
            return new DiffRunner(runner).run(c, warehouse.engine(), query, versionsA, versionsB, ctx);
        }
    }
}
