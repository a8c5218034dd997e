package dev.playlens.app.sql;

import dev.playlens.app.TestWorkspaces;
import dev.playlens.app.ingest.IngestModel;
import dev.playlens.app.services.WarehouseWorkspaceServices;
import dev.playlens.app.workspace.Workspace;
import dev.playlens.app.workspace.WorkspaceSettings;
import dev.playlens.testsupport.RealData;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
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
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** "Load telemetry" from the workbench: the seed sample's 642 real events, with progress; a re-run inserts 0. */
@ExtendWith(ApplicationExtension.class)
class IngestDialogFxTest {
    @TempDir
    static Path dir;

    private WarehouseWorkspaceServices services;
    private SqlScreen screen;
    private SqlScreenOnStage shown;

    @Start
    void start(Stage stage) {
        Workspace ws = Workspace.create(dir.resolve("ws-" + System.nanoTime()), WorkspaceSettings.named("Empty", null));
        shown = new SqlScreenOnStage(stage, ws, 1200, 760);
        services = shown.services;
        screen = shown.screen;
    }

    @AfterEach
    void close() throws Exception {
        shown.close();
    }

    @Test
    void loadsTheSeedSampleWithProgressAndARerunInsertsNothing(FxRobot robot) throws Exception {
        Path sample = RealData.file("aws-pipeline/heatmap-sample-data.txt");
        robot.interact(() -> screen.openIngestDialog(sample.toString()));
        IngestModel model = screen.ingestModel();
        List<Double> progress = Collections.synchronizedList(new ArrayList<>());
        robot.interact(() -> model.progressProperty().addListener((o, a, b) -> progress.add(b.doubleValue())));
        assertThat(robot.lookup("#ingest-target").queryAs(Label.class).getText()).contains("game_events on Workspace warehouse");

        robot.clickOn("#ingest-start");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> model.reportProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        var first = model.reportProperty().get();
        assertThat(first.inserted()).isEqualTo(TestWorkspaces.SEED_EVENTS);
        assertThat(first.read()).isEqualTo(TestWorkspaces.SEED_EVENTS);
        assertThat(first.rejected()).isZero();
        assertThat(progress).contains(-1.0).last().isEqualTo(1.0); // indeterminate while listing, then done
        assertThat(robot.lookup("#ingest-message").queryAs(Label.class).getText()).startsWith("642 events read, 642 inserted");
        assertThat(count()).isEqualTo(TestWorkspaces.SEED_EVENTS);
        // The schema tree now lists the new table.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> screen.model().schema().stream()
                .anyMatch(n -> n.table().equals("game_events")));

        robot.clickOn("#ingest-start");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> model.reportProperty().get() != null
                && !model.runningProperty().get());
        var again = model.reportProperty().get();
        assertThat(again.inserted()).isZero();
        assertThat(again.skippedFiles()).isEqualTo(1);
        assertThat(count()).isEqualTo(TestWorkspaces.SEED_EVENTS);
    }

    @Test
    void cancelKeepsNothingOfTheUnfinishedLoadAndTheNextRunLoadsEverything(FxRobot robot) throws Exception {
        // 300,000 events made from the real sample with fresh ids: a load long enough to cancel.
        Path big = dir.resolve("big.jsonl");
        List<String> lines = java.nio.file.Files.readAllLines(RealData.file("aws-pipeline/heatmap-sample-data.txt"));
        try (var out = java.nio.file.Files.newBufferedWriter(big)) {
            for (int i = 0; i < 300_000; i++) {
                String line = lines.get(i % lines.size());
                out.write(line.replaceFirst("\"event_id\": \"[^\"]+\"",
                        "\"event_id\": \"" + new java.util.UUID(42, i) + "\""));
                out.newLine();
            }
        }
        IngestModel model = screen.ingestModel();
        robot.interact(() -> {
            screen.openIngestDialog(big.toString());
            robot.lookup("#ingest-start").queryButton().fire();
            robot.lookup("#ingest-cancel").queryButton().fire();
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !model.runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.messageProperty().get()).startsWith("Cancelled");
        assertThat(model.reportProperty().get()).isNull();
        assertThat(countOrZero()).isZero(); // one batch, all or nothing

        robot.clickOn("#ingest-start");
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> model.reportProperty().get() != null);
        assertThat(model.reportProperty().get().inserted()).isEqualTo(300_000);
        assertThat(count()).isEqualTo(300_000);
    }

    private long countOrZero() throws Exception {
        try {
            return count();
        } catch (java.sql.SQLException e) {
            return 0; // the table was never created
        }
    }

    @Test
    void anUnsupportedLocationIsExplainedWithoutStartingALoad(FxRobot robot) {
        robot.interact(() -> screen.openIngestDialog("s3://bucket/events/"));
        robot.clickOn("#ingest-start");
        assertThat(screen.ingestModel().messageProperty().get())
                .startsWith("s3:// locations cannot be loaded here yet");
        assertThat(screen.ingestModel().runningProperty().get()).isFalse();
    }

    @Test
    void theWarehouseMenuOpensTheLoadDialog(FxRobot robot) {
        var menu = screen.menus().getFirst();
        assertThat(menu.getText()).isEqualTo("Warehouse");
        assertThat(menu.getItems().getFirst().getText()).isEqualTo("Load telemetry…");
        robot.interact(() -> menu.getItems().getFirst().fire());
        assertThat(robot.lookup("#ingest-start").tryQuery()).isPresent();
    }

    private long count() throws Exception {
        try (Connection c = services.warehouse().connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM game_events")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
