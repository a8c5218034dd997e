package dev.playlens.app.heatmaps;

import dev.playlens.app.workspace.Workspace;
import dev.playlens.app.workspace.WorkspaceSettings;
import dev.playlens.core.level.Level;
import dev.playlens.core.level.LevelsFile;
import dev.playlens.core.level.WorldRect;
import dev.playlens.heatmap.calibration.Calibration;
import dev.playlens.heatmap.calibration.ReferencePoint;
import dev.playlens.testsupport.RealData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Levels, saved calibrations (calibrations.json) and imported level images of a workspace. */
class LevelStoreTest {
    private static final WorldRect ERANGEL = new WorldRect(0, 0, 816000, 816000, false);

    private static Workspace workspace(Path dir) throws Exception {
        Files.createDirectories(dir.resolve("levels"));
        Files.copy(RealData.file("pubg/Erangel_Main_Low_Res.png"), dir.resolve("levels/erangel.png"));
        LevelsFile.write(dir.resolve("levels.json"), List.of(new Level("ERANGEL", "Erangel", "levels/erangel.png", 819, 819, ERANGEL)));
        return Workspace.create(dir, WorkspaceSettings.named("PUBG", "levels.json"));
    }

    @Test
    void aSavedRectangleOverridesTheLevelsFileAndResetRestoresIt(@TempDir Path dir) throws Exception {
        Workspace ws = workspace(dir);
        LevelStore store = new LevelStore(ws);
        assertThat(store.levels().getFirst().calibration()).isNull();
        assertThat(store.levels().getFirst().image()).isEqualTo(dir.resolve("levels/erangel.png").toAbsolutePath());

        WorldRect other = new WorldRect(0, 0, 800000, 800000, true);
        store.saveCalibration("ERANGEL", SavedCalibration.rectangle(other));
        LevelMap reloaded = new LevelStore(Workspace.open(dir)).levels().getFirst();
        assertThat(reloaded.level().world()).isEqualTo(other);
        assertThat(reloaded.toImage(819, 819).imageY(0, 0)).isCloseTo(819, within(1e-9));

        store.clearCalibration("ERANGEL");
        assertThat(store.levels().getFirst().level().world()).isEqualTo(ERANGEL);
        assertThat(Files.readString(dir.resolve("levels.json"))).contains("816000");
    }

    @Test
    void threeReferencePointsFitTheMappingAndGiveTheBinningRectangle(@TempDir Path dir) throws Exception {
        LevelStore store = new LevelStore(workspace(dir));
        Calibration truth = Calibration.of(ERANGEL, 819, 819);
        List<ReferencePoint> points = List.of(point(truth, 100000, 200000), point(truth, 700000, 150000),
                point(truth, 400000, 650000));
        store.saveCalibration("ERANGEL", SavedCalibration.referencePoints(points));
        LevelMap level = store.levels().getFirst();
        assertThat(level.calibration().usesPoints()).isTrue();
        Calibration fitted = level.toImage(819, 819);
        assertThat(fitted.imageX(408000, 408000)).isCloseTo(409.5, within(1e-6));
        WorldRect binning = level.level().world();
        assertThat(binning.x0()).isCloseTo(0, within(1e-3));
        assertThat(binning.x1()).isCloseTo(816000, within(1e-3));
        assertThat(Files.readString(dir.resolve("calibrations.json"))).contains("ERANGEL").contains("imageX");
    }

    @Test
    void anImportedImageIsCopiedIntoTheWorkspaceAndListedAfterTheLevelsFile(@TempDir Path dir) throws Exception {
        Workspace ws = workspace(dir);
        LevelStore store = new LevelStore(ws);
        Level added = store.importImage(RealData.file("pubg/Miramar_Main_Low_Res.png"), 819, 819);
        Level again = store.importImage(RealData.file("pubg/Miramar_Main_Low_Res.png"), 819, 819);
        assertThat(added.id()).isEqualTo("miramar_main_low_res");
        assertThat(again.id()).isEqualTo("miramar_main_low_res_2");
        assertThat(dir.resolve(added.image())).exists();
        List<LevelMap> levels = new LevelStore(Workspace.open(dir)).levels();
        assertThat(levels).extracting(LevelMap::id).containsExactly("ERANGEL", "miramar_main_low_res", "miramar_main_low_res_2");
        assertThat(levels.get(1).image()).isEqualTo(dir.resolve(added.image()).toAbsolutePath().normalize());
        assertThat(levels.get(1).level().world()).isEqualTo(new WorldRect(0, 0, 819, 819, false));
    }

    private static ReferencePoint point(Calibration c, double x, double y) {
        return new ReferencePoint(c.imageX(x, y), c.imageY(x, y), x, y);
    }
}
