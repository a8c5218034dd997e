package dev.playlens.app.workspace;

import dev.playlens.core.level.Level;
import dev.playlens.core.level.LevelsFile;
import dev.playlens.core.level.WorldRect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkspaceTest {

    @Test
    void createThenOpenKeepsSettingsAndResolvesRelativePaths(@TempDir Path dir) {
        Level level = new Level("caves", "Caves", "levels/caves.png", 100, 50, new WorldRect(0, 0, 200, 100, true));
        LevelsFile.write(dir.resolve("levels.json"), List.of(level));
        WorkspaceSettings settings = new WorkspaceSettings("My game", "levels.json", null,
                List.of(new WorkspaceSettings.SavedQuery("deaths", "select 1")),
                List.of(new WorkspaceSettings.SavedLocation("raw", "s3://bucket/events")));
        Workspace.create(dir, settings);

        Workspace ws = Workspace.open(dir);
        assertThat(ws.settings()).isEqualTo(settings);
        assertThat(ws.warehouseLocation()).isEqualTo("duckdb:" + dir.toAbsolutePath().resolve("warehouse.duckdb"));
        assertThat(ws.levels()).containsExactly(level);
        assertThat(ws.levelImage(level)).isEqualTo(dir.toAbsolutePath().resolve("levels/caves.png"));
        assertThat(ws.modelsDir()).isDirectory();
        assertThat(ws.historyDir()).isDirectory();
        assertThat(ws.journalDir()).isDirectory();
    }

    @Test
    void aJdbcWarehouseIsKeptAsGiven(@TempDir Path dir) {
        Workspace ws = Workspace.create(dir, new WorkspaceSettings("pg", null, "jdbc:postgresql://db:5432/games",
                List.of(), List.of()));
        assertThat(Workspace.open(dir).warehouseLocation()).isEqualTo("jdbc:postgresql://db:5432/games");
        assertThat(ws.levels()).isEmpty();
    }

    @Test
    void openingAFolderWithoutWorkspaceFileNamesTheFolder(@TempDir Path dir) {
        assertThatThrownBy(() -> Workspace.open(dir))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(dir.toAbsolutePath().toString())
                .hasMessageContaining("workspace.json");
    }

    @Test
    void aBrokenWorkspaceFileIsReportedWithItsPath(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("workspace.json"), "{\"name\": ");
        assertThatThrownBy(() -> Workspace.open(dir)).hasMessageContaining(dir.resolve("workspace.json").toString());
    }

    @Test
    void dataDirFollowsOverrideThenXdgThenHome() {
        assertThat(DataDirs.from(Map.of("PLAYLENS_DATA_DIR", "/x/pl", "XDG_DATA_HOME", "/xdg"), "/home/u").demoWorkspace())
                .isEqualTo(Path.of("/x/pl/demo"));
        assertThat(DataDirs.from(Map.of("XDG_DATA_HOME", "/xdg"), "/home/u").demoWorkspace())
                .isEqualTo(Path.of("/xdg/playlens/demo"));
        assertThat(DataDirs.from(Map.of(), "/home/u").uiSettingsFile())
                .isEqualTo(Path.of("/home/u/.local/share/playlens/ui.json"));
    }

    @Test
    void uiSettingsRoundTripAndDefaultWhenMissing(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("sub/ui.json");
        assertThat(UiSettings.read(file).dark()).isFalse();
        new UiSettings(true).write(file);
        assertThat(UiSettings.read(file).dark()).isTrue();
    }
}
