package dev.playlens.app.sql;

import dev.playlens.app.TestWorkspaces;
import dev.playlens.app.services.WarehouseWorkspaceServices;
import dev.playlens.app.shell.MainWindow;
import dev.playlens.app.shell.TestMainWindow;
import dev.playlens.app.shell.ThemeManager;
import dev.playlens.app.workspace.Workspace;
import dev.playlens.testsupport.RealData;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
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

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The SQL screen's documentation screenshots (docs/images/gui-sql-*.png), taken in the real main window. Runs
 * only when asked: {@code -Dplaylens.screenshots=DIR}.
 */
@ExtendWith(ApplicationExtension.class)
class SqlScreenshotsFxTest {
    @TempDir
    static Path shared;
    private static Workspace workspace;

    private TestMainWindow ui;
    private MainWindow window;
    private ThemeManager theme;
    private WarehouseWorkspaceServices services;

    @BeforeAll
    static void buildWorkspace() throws Exception {
        assumeTrue(System.getProperty("playlens.screenshots") != null, "screenshots only on request");
        workspace = TestWorkspaces.seedSample(shared.resolve("ws"));
    }

    @Start
    void start(Stage stage) {
        if (workspace == null) return;
        ui = TestMainWindow.open(stage, workspace, shared.resolve("ui.json"), Map.of());
        theme = ui.theme();
        window = ui.window();
        services = ui.services();
    }

    @AfterEach
    void close() throws Exception {
        ui.close();
    }

    @Test
    void workbenchChartIngestAndConnections(FxRobot robot) throws Exception {
        Path out = Files.createDirectories(Path.of(System.getProperty("playlens.screenshots")));
        robot.clickOn("#nav-sql");
        SqlScreen sql = (SqlScreen) window.screens().byTitle("SQL");
        SqlModel model = sql.model();
        String script = """
                -- Deaths per level and version, the seed pipeline's first question
                SELECT level_id, app_version, count(*) AS deaths,
                       round(avg(position_x), 1) AS avg_x, round(avg(position_y), 1) AS avg_y
                FROM game_events
                WHERE event_type = 'player_death'
                GROUP BY 1, 2
                ORDER BY deaths DESC;

                SELECT CAST(floor(position_x / 25) * 25 AS INTEGER) AS x_band, count(*) AS deaths
                FROM game_events GROUP BY 1 ORDER BY 1;
                """;
        robot.interact(() -> model.sqlProperty().set(script));
        var area = ((SqlView) sql.view()).editor().area();
        robot.interact(() -> area.moveTo(script.indexOf("SELECT CAST") + 3));
        robot.clickOn("#sql-run");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !model.runningProperty().get() && !model.rows().isEmpty());
        robot.interact(() -> {
            var tree = (javafx.scene.control.TreeView<?>) robot.lookup("#sql-schema").query();
            tree.getRoot().getChildren().stream().filter(t -> "game_events".equals(t.getValue()))
                    .forEach(t -> t.setExpanded(true));
        });
        WaitForAsyncUtils.sleep(400, TimeUnit.MILLISECONDS);
        snapshot(window.scene(), out.resolve("gui-sql-workbench.png"));

        selectTab(robot, 1);
        WaitForAsyncUtils.sleep(400, TimeUnit.MILLISECONDS);
        snapshot(window.scene(), out.resolve("gui-sql-chart.png"));

        // A few more runs, one of them failing, so the history has something to show.
        for (String extra : new String[]{script.substring(0, script.indexOf(';')), "SELECT count(*) FROM game_event",
                "SELECT count(DISTINCT client_id) AS players FROM game_events"}) {
            robot.interact(() -> sql.controller().run(extra));
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !model.runningProperty().get());
        }
        selectTab(robot, 2);
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        snapshot(window.scene(), out.resolve("gui-sql-history.png"));

        // Empty the table first, so the dialog shows a first load rather than a re-run that skips everything.
        try (var c = services.warehouse().connect(); var st = c.createStatement()) {
            st.execute("DELETE FROM game_events");
            st.execute("DELETE FROM playlens_load_journal");
        }
        var ingest = WaitForAsyncUtils.asyncFx(() -> sql.openIngestDialog(
                RealData.file("aws-pipeline/heatmap-sample-data.txt").toString())).get(10, TimeUnit.SECONDS);
        robot.clickOn("#ingest-start");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> sql.ingestModel().reportProperty().get() != null);
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        snapshot(ingest.stage().getScene(), out.resolve("gui-sql-ingest.png"));
        robot.interact(() -> ingest.stage().close());

        var connections = WaitForAsyncUtils.asyncFx(sql::openConnectionsDialog).get(10, TimeUnit.SECONDS);
        robot.interact(() -> {
            connections.name.setText("Local PostgreSQL");
            connections.engine.setValue("postgresql");
            connections.host.setText("localhost");
            connections.port.setText("5432");
            connections.database.setText("telemetry");
            connections.user.setText("analyst");
            connections.save();
            robot.lookup("#conn-new").queryButton().fire();
            connections.name.setText("Analytics (Redshift)");
            connections.engine.setValue("redshift");
            connections.host.setText("analytics.abc123.eu-west-1.redshift.amazonaws.com");
            connections.database.setText("games");
            connections.user.setText("analyst");
            connections.ssl.setValue("verify-full");
            connections.save();
        });
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        snapshot(connections.stage().getScene(), out.resolve("gui-sql-connections.png"));
        robot.interact(() -> connections.stage().close());

        robot.interact(() -> theme.darkProperty().set(true));
        selectTab(robot, 0);
        WaitForAsyncUtils.sleep(400, TimeUnit.MILLISECONDS);
        snapshot(window.scene(), out.resolve("gui-sql-workbench-dark.png"));
        robot.interact(() -> theme.darkProperty().set(false));
    }

    private static void selectTab(FxRobot robot, int index) {
        robot.interact(() -> robot.lookup("#sql-tabs").queryAs(javafx.scene.control.TabPane.class).getSelectionModel().select(index));
    }

    private static void snapshot(Scene scene, Path file) throws Exception {
        var image = WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get(10, TimeUnit.SECONDS);
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
    }
}
