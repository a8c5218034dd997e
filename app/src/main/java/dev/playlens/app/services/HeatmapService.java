package dev.playlens.app.services;

import dev.playlens.core.job.JobContext;
import dev.playlens.heatmap.BinGrid;
import dev.playlens.heatmap.HeatmapDiff;
import dev.playlens.heatmap.HeatmapQuery;
import dev.playlens.heatmap.LevelFacets;

import java.util.List;

/**
 * What the Heatmaps screen needs from the warehouse: the filter choices a level offers, and bins computed
 * there (one version set, or two and their difference). No JavaFX; the screen calls it from jobs and does
 * the drawing itself, so zoom and compare can reuse the grids.
 */
public interface HeatmapService {

    /** Event types (most frequent first) and app versions present for a level, for the screen's pickers. */
    LevelFacets facets(String levelId, JobContext ctx) throws Exception;

    /** The query's bins, computed in the warehouse; the running statement is cancelled with the job. */
    BinGrid bins(HeatmapQuery query, JobContext ctx) throws Exception;

    /** The query binned for version sets A and B, and B − A (empty list = all versions). */
    HeatmapDiff diff(HeatmapQuery query, List<String> versionsA, List<String> versionsB, JobContext ctx)
            throws Exception;
}
