package dev.playlens.app.heatmaps;

import dev.playlens.heatmap.BinShape;
import dev.playlens.heatmap.Normalization;
import dev.playlens.heatmap.Reduce;
import dev.playlens.heatmap.render.ColorMap;
import dev.playlens.heatmap.render.ColorScale;

import java.util.List;

/**
 * heatmaps.json: the Heatmaps screen's controls as last used in the workspace, so it opens the way it was left.
 * Missing fields (an older or hand-edited file) keep the screen's defaults.
 *
 * @param level   the level id shown last
 * @param binSize the bin size chosen for that level (world units)
 */
public record SavedControls(String level, String eventType, List<String> versionsA, List<String> versionsB,
                            CompareMode mode, Normalization normalization, BinShape shape, Double binSize,
                            Reduce reduce, Double smoothing, ColorMap colorMap, ColorScale scale, Double opacity) {
    public static final String FILE = "heatmaps.json";

    public SavedControls {
        versionsA = versionsA == null ? List.of() : List.copyOf(versionsA);
        versionsB = versionsB == null ? List.of() : List.copyOf(versionsB);
    }

    public static SavedControls none() {
        return new SavedControls(null, null, List.of(), List.of(), null, null, null, null, null, null, null, null, null);
    }

    /** What the model shows now. */
    static SavedControls of(HeatmapsModel m) {
        return new SavedControls(m.level.get() == null ? null : m.level.get().id(), m.eventType.get(),
                m.versionsA.get(), m.versionsB.get(), m.mode.get(), m.normalization.get(), m.shape.get(),
                m.binSize.get(), m.reduce.get(), m.smoothing.get(), m.colorMap.get(), m.scale.get(), m.opacity.get());
    }

    /** Sets every saved control but the level and bin size (those follow once the levels are read). */
    void applyTo(HeatmapsModel m) {
        if (eventType != null) m.eventType.set(eventType);
        m.versionsA.set(versionsA);
        m.versionsB.set(versionsB);
        if (mode != null) m.mode.set(mode);
        if (normalization != null) m.normalization.set(normalization);
        if (shape != null) m.shape.set(shape);
        if (reduce != null) m.reduce.set(reduce);
        if (smoothing != null) m.smoothing.set(smoothing);
        if (colorMap != null) m.colorMap.set(colorMap);
        if (scale != null) m.scale.set(scale);
        if (opacity != null) m.opacity.set(opacity);
    }
}
