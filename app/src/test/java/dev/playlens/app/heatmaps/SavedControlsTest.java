package dev.playlens.app.heatmaps;

import dev.playlens.app.workspace.JsonFileStore;
import dev.playlens.heatmap.BinShape;
import dev.playlens.heatmap.Normalization;
import dev.playlens.heatmap.Reduce;
import dev.playlens.heatmap.render.ColorMap;
import dev.playlens.heatmap.render.ColorScale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** heatmaps.json: the controls survive a write and a read, and a partial file keeps the other defaults. */
class SavedControlsTest {
    @TempDir
    Path dir;

    @Test
    void theControlsSurviveTheFile() {
        HeatmapsModel m = new HeatmapsModel();
        m.eventType.set("player_kill");
        m.versionsA.set(List.of("1.0", "1.1"));
        m.versionsB.set(List.of("1.2"));
        m.mode.set(CompareMode.SIDE_BY_SIDE);
        m.normalization.set(Normalization.PER_SESSION);
        m.shape.set(BinShape.HEX);
        m.binSize.set(12.5);
        m.reduce.set(Reduce.MAX);
        m.smoothing.set(1.5);
        m.colorMap.set(ColorMap.VIRIDIS);
        m.scale.set(ColorScale.LOG);
        m.opacity.set(0.6);
        JsonFileStore<SavedControls> store = store();
        store.write(SavedControls.of(m));

        SavedControls read = store.read();
        assertThat(read).isEqualTo(SavedControls.of(m));
        HeatmapsModel fresh = new HeatmapsModel();
        read.applyTo(fresh);
        assertThat(SavedControls.of(fresh)).isEqualTo(new SavedControls(null, "player_kill", List.of("1.0", "1.1"),
                List.of("1.2"), CompareMode.SIDE_BY_SIDE, Normalization.PER_SESSION, BinShape.HEX, 1.0, Reduce.MAX,
                1.5, ColorMap.VIRIDIS, ColorScale.LOG, 0.6));
    }

    @Test
    void aPartialFileKeepsTheDefaultsAndNoFileIsNothingSaved() throws Exception {
        assertThat(store().read()).isEqualTo(SavedControls.none());
        Files.writeString(dir.resolve(SavedControls.FILE), "{\"normalization\": \"PER_PLAYER\", \"future\": 1}");
        HeatmapsModel m = new HeatmapsModel();
        store().read().applyTo(m);
        assertThat(m.normalization.get()).isEqualTo(Normalization.PER_PLAYER);
        assertThat(m.versionsA.get()).isEmpty();
        assertThat(m.shape.get()).isEqualTo(BinShape.SQUARE);
        assertThat(m.opacity.get()).isEqualTo(0.9);
    }

    @Test
    void versionSetsReadAsListsOrAllVersions() {
        assertThat(HeatmapRequests.versionsLabel(List.of())).isEqualTo("All versions");
        assertThat(HeatmapRequests.versionsLabel(List.of("1.0", "1.1"))).isEqualTo("1.0, 1.1");
        assertThat(FrameRenderer.versionTitle("B: ", List.of("1.1"))).isEqualTo("B: version 1.1");
        assertThat(FrameRenderer.versionTitle("", List.of("1.0", "1.1"))).isEqualTo("versions 1.0, 1.1");
        assertThat(FrameRenderer.versionTitle("A: ", List.of())).isEqualTo("A: all versions");
    }

    private JsonFileStore<SavedControls> store() {
        return new JsonFileStore<>(dir.resolve(SavedControls.FILE), SavedControls.class, SavedControls::none);
    }
}
