package dev.playlens.app.models;

import dev.playlens.app.services.DemoSetup;
import dev.playlens.app.shell.MainWindow;
import dev.playlens.app.shell.TestMainWindow;
import dev.playlens.app.workspace.Workspace;
import dev.playlens.core.job.JobContext;
import dev.playlens.demo.DemoSpec;
import dev.playlens.ml.model.Algorithm;
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
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The analyst's everyday path on a generated game: the default per-player feature query over game_events in
 * the workspace's DuckDB, the churn label picked for them, the other outcome and the player id kept out.
 */
@ExtendWith(ApplicationExtension.class)
class ModelsFeatureQueryFxTest {
    @TempDir
    static Path dir;
    private static Workspace game;

    private TestMainWindow ui;
    private MainWindow window;
    private ModelsModel model;

    @BeforeAll
    static void generateGame() throws Exception {
        game = new DemoSetup().generateAndLoad(dir.resolve("game"),
                new DemoSpec(600, 30, 7L, DemoSpec.defaults().startDate()), JobContext.silent()).workspace();
    }

    @Start
    void start(Stage stage) {
        ui = TestMainWindow.open(stage, game, dir.resolve("ui.json"), Map.of());
        window = ui.window();
        ModelsScreen screen = (ModelsScreen) window.screens().byTitle("Models");
        window.select(screen);
        model = screen.model();
    }

    @AfterEach
    void close() throws Exception {
        ui.close();
    }

    @Test
    void trainsAChurnModelOnThePlayerFeatureQuery(FxRobot robot) throws Exception {
        assertThat(model.dataKindProperty().get()).isEqualTo(DataKind.FEATURE_QUERY);
        robot.clickOn("#models-load");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !model.features().isEmpty() && !model.runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(model.labelProperty().get()).isEqualTo("churned");
        assertThat(model.positiveProperty().get()).isEqualTo("1");
        assertThat(used("sessions")).isTrue();
        assertThat(used("paid_next")).as("the other outcome would leak the future").isFalse();
        assertThat(used("client_id")).as("an identifier, not a behaviour").isFalse();

        robot.interact(() -> {
            model.algorithmProperty().set(Algorithm.LOGISTIC);
            model.modelNameProperty().set("demo-churn");
        });
        robot.interact(() -> robot.lookup("#models-train").queryButton().fire());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> model.trainedRunsProperty().get() == 1
                && !model.runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        RunRecord run = model.shownRunProperty().get();
        assertThat(run.ref()).isEqualTo("demo-churn:1");
        assertThat(run.metadata().query()).contains("FROM game_events");
        assertThat(run.metadata().features()).doesNotContain("paid_next", "client_id").contains("sessions");
        // Activity before the horizon says something about leaving after it.
        assertThat(run.metric("auc")).isGreaterThan(0.6);
    }

    private boolean used(String column) {
        return model.features().stream().filter(f -> f.name().equals(column)).findFirst().orElseThrow()
                .useProperty().get();
    }
}
