package dev.playlens.app.services;

import dev.playlens.core.job.JobContext;
import dev.playlens.core.level.Level;

import java.util.List;

/**
 * What the Heatmaps screen needs from the heatmap engine and the warehouse: the filter choices a level
 * offers and a rendered heatmap over the level image. No JavaFX; the screen calls it from jobs.
 */
public interface HeatmapService {

    /** Event types and app versions present for {@code level}, for the screen's pickers. */
    HeatmapChoices choices(Level level, JobContext ctx) throws Exception;

    /** Bins in the warehouse and renders level image + heat + legend to ARGB pixels. */
    RenderedHeatmap render(HeatmapRequest request, JobContext ctx) throws Exception;

    /** Colour map names the renderer knows, the default first. */
    List<String> colorMaps();

    record HeatmapChoices(List<String> eventTypes, List<String> versions) {
        public HeatmapChoices {
            eventTypes = List.copyOf(eventTypes);
            versions = List.copyOf(versions);
        }
    }

    /**
     * @param version an app version, or null for all versions
     * @param binSize square bin size in world units
     * @param opacity heat layer opacity, 0..1
     */
    record HeatmapRequest(Level level, String eventType, String version, double binSize, String colorMap,
                          double opacity) {
    }

    /** A finished render: ARGB pixels (non-premultiplied) and the number of events it counts. */
    record RenderedHeatmap(int width, int height, int[] argb, long events) {
        public RenderedHeatmap {
            if (argb.length != width * height) {
                throw new IllegalArgumentException("pixels " + argb.length + " != " + width + "x" + height);
            }
        }
    }
}
