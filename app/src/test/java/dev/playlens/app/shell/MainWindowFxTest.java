package dev.playlens.app.shell;

import dev.playlens.app.TestWorkspaces;
import dev.playlens.app.heatmaps.HeatmapsModel;
import dev.playlens.app.services.WarehouseWorkspaceServices;
import dev.playlens.app.workspace.UiSettings;
import dev.playlens.app.workspace.Workspace;
import dev.playlens.core.job.JobHandle;
import dev.playlens.core.job.JobState;
import dev.playlens.core.job.ThreadPoolJobExecutor;
import javafx.application.Application;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The real main window on Monocle (headless): heatmap, navigation, jobs in the status bar, theme, SQL. */
@ExtendWith(ApplicationExtension.class)
class MainWindowFxTest {
    @TempDir
    static Path shared;
    private static Workspace workspace;

    private TestMainWindow ui;
    private ThreadPoolJobExecutor executor;
    private Path uiSettings;
    private ThemeManager theme;
    private MainWindow window;
    private WarehouseWorkspaceServices services;

    @BeforeAll
    static void buildWorkspace() throws Exception {
        workspace = TestWorkspaces.seedSample(shared.resolve("ws"));
    }

    @Start
    void start(Stage stage) {
        uiSettings = shared.resolve("ui-" + System.nanoTime() + ".json");
        ui = TestMainWindow.open(stage, workspace, uiSettings, java.util.Map.of());
        executor = ui.executor();
        theme = ui.theme();
        window = ui.window();
        services = ui.services();
    }

    @AfterEach
    void close() throws Exception {
        ui.close();
    }

    @Test
    void opensOnHeatmapsAndShowsTheRenderedHeatmapOverTheLevel(FxRobot robot) throws Exception {
        HeatmapsModel model = window.screens().heatmaps().model();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> model.rendersProperty().get() > 0);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(window.current()).isSameAs(window.screens().heatmaps());
        assertThat(model.eventsProperty().get()).isEqualTo(TestWorkspaces.SEED_EVENTS);
        Image image = robot.lookup("#heatmap-image").queryAs(ImageView.class).getImage();
        assertThat(image).isNotNull();
        // The map fills the canvas: the level image fitted into it, heat over it.
        assertThat(image.getWidth()).isGreaterThan(400);
        assertThat(image.getHeight()).isGreaterThan(300);
        assertThat(distinctColours(image)).isGreaterThan(1000);
        assertThat(robot.lookup("#heatmap-status").queryAs(Label.class).getText()).contains("642");
    }

    @Test
    void changingTheBinSizeRendersAgainWithTheNewSize(FxRobot robot) throws Exception {
        HeatmapsModel model = window.screens().heatmaps().model();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> model.rendersProperty().get() > 0);
        int before = model.rendersProperty().get();
        robot.interact(() -> model.binSizeProperty().set(20));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> model.rendersProperty().get() > before);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.statusProperty().get()).contains("bin 20 world units");
        assertThat(model.eventsProperty().get()).isEqualTo(TestWorkspaces.SEED_EVENTS);
    }

    @Test
    void navigationSwitchesScreensAndShowsHonestPlaceholders(FxRobot robot) {
        robot.clickOn("#nav-sql");
        assertThat(window.current().title()).isEqualTo("SQL");
        assertThat(robot.lookup("#sql-screen").tryQuery()).isPresent();

        robot.clickOn("#nav-storage");
        assertThat(window.current().title()).isEqualTo("Storage");
        assertThat(robot.lookup("#sql-screen").tryQuery()).isEmpty();
        assertThat(robot.lookup("#storage-screen").tryQuery()).isPresent();

        robot.clickOn("#nav-heatmaps");
        assertThat(window.current()).isSameAs(window.screens().heatmaps());
    }

    @Test
    void aRunningJobShowsInTheStatusBarAndCancelStopsIt(FxRobot robot) throws Exception {
        awaitHeatmapStartup();
        JobHandle<Integer> job = executor.submit("Counting sheep", ctx -> {
            for (int i = 0; ; i++) {
                ctx.progress(i % 100, 100, "sheep " + i);
                ctx.checkCancelled();
                Thread.sleep(5);
            }
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> "Counting sheep".equals(robot.lookup("#status-job-name").queryAs(Label.class).getText()));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#status-job-message").queryAs(Label.class).getText().startsWith("sheep "));

        robot.clickOn("#status-job-cancel");
        job.result().handle((v, e) -> null).get(10, TimeUnit.SECONDS);
        assertThat(job.state()).isEqualTo(JobState.CANCELLED);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.statusBar().shownJob() == null
                || window.statusBar().shownJob().handle() != job);
    }

    @Test
    void theTaskListShowsEveryJobOfTheSessionWithItsState(FxRobot robot) throws Exception {
        awaitHeatmapStartup();
        JobHandle<String> done = executor.submit("Quick job", ctx -> "ok");
        done.result().get(10, TimeUnit.SECONDS);
        robot.clickOn("#status-tasks");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("Quick job").tryQuery().isPresent());
        assertThat(robot.lookup("SUCCEEDED").tryQuery()).isPresent();
    }

    @Test
    void theThemeToggleSwitchesToDarkAndRemembersIt(FxRobot robot) {
        assertThat(theme.darkProperty().get()).isFalse();
        robot.clickOn("#theme-toggle");
        assertThat(theme.darkProperty().get()).isTrue();
        assertThat(Application.getUserAgentStylesheet()).containsIgnoringCase("primer-dark");
        assertThat(UiSettings.read(uiSettings).dark()).isTrue();
        robot.clickOn("#theme-toggle");
        assertThat(Application.getUserAgentStylesheet()).containsIgnoringCase("primer-light");
        assertThat(UiSettings.read(uiSettings).dark()).isFalse();
    }

    @Test
    void theSqlScreenRunsAQueryIntoTheGrid(FxRobot robot) throws Exception {
        robot.clickOn("#nav-sql");
        dev.playlens.app.sql.SqlScreen sql = (dev.playlens.app.sql.SqlScreen) window.screens().byTitle("SQL");
        robot.interact(() -> sql.model().sqlProperty().set(
                "SELECT level_id, count(*) AS deaths FROM game_events GROUP BY 1"));
        robot.clickOn("#sql-run");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !sql.model().rows().isEmpty());
        long expected;
        try (Connection c = services.warehouse().connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM game_events WHERE level_id = 'test_level'")) {
            rs.next();
            expected = rs.getLong(1);
        }
        assertThat(sql.model().columns()).containsExactly("level_id", "deaths");
        assertThat(sql.model().rows()).hasSize(1);
        assertThat(((Number) sql.model().rows().getFirst().get(1)).longValue()).isEqualTo(expected);
        assertThat(robot.lookup("#sql-results").queryAs(TableView.class).getColumns()).hasSize(3); // row number + 2
    }

    @Test
    void aLongQueryCanBeCancelledFromTheSqlScreen(FxRobot robot) throws Exception {
        robot.clickOn("#nav-sql");
        dev.playlens.app.sql.SqlScreen sql = (dev.playlens.app.sql.SqlScreen) window.screens().byTitle("SQL");
        robot.interact(() -> sql.model().sqlProperty().set("SELECT sum(a.range * b.range) FROM range(1000000) a, range(1000000) b"));
        robot.clickOn("#sql-run");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> sql.model().runningProperty().get());
        Thread.sleep(300);
        robot.clickOn("#sql-cancel");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !sql.model().runningProperty().get());
        assertThat(sql.model().statusProperty().get()).isEqualTo("Cancelled.");
        // The warehouse is still usable afterwards.
        robot.interact(() -> sql.model().sqlProperty().set("SELECT 42 AS answer"));
        robot.clickOn("#sql-run");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !sql.model().rows().isEmpty()
                && sql.model().columns().contains("answer"));
        assertThat(((Number) sql.model().rows().getFirst().getFirst()).intValue()).isEqualTo(42);
    }

    /** The Heatmaps screen's own first jobs (filters, render) are done, so the status bar shows only ours. */
    private void awaitHeatmapStartup() throws Exception {
        HeatmapsModel model = window.screens().heatmaps().model();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> model.rendersProperty().get() > 0 && executor.active().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static int distinctColours(Image image) {
        Set<Integer> colours = new HashSet<>();
        var reader = image.getPixelReader();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) colours.add(reader.getArgb(x, y));
        }
        return colours.size();
    }
}
