package dev.playlens.app.storage;

import dev.playlens.app.workspace.Workspace;
import dev.playlens.app.workspace.WorkspaceSettings;
import dev.playlens.core.job.ThreadPoolJobExecutor;
import dev.playlens.testsupport.RealData;
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

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Drag and drop needs a real window system (Monocle has none): on $DISPLAY (Xvfb under ./playlens test), dragging
 * a folder from the browser onto another location queues its copy and the bytes arrive.
 */
@ExtendWith(ApplicationExtension.class)
class StorageDragWindowTest {
    @TempDir
    static Path tmp;
    private final ThreadPoolJobExecutor executor = new ThreadPoolJobExecutor();
    private StorageScreen screen;

    @BeforeAll
    static void needsADisplay() {
        assumeTrue(System.getenv("DISPLAY") != null, "needs a display: run under xvfb-run (./playlens test does)");
    }

    @Start
    void start(Stage stage) throws Exception {
        Path bucket = tmp.resolve("bucket");
        Files.createDirectories(bucket.resolve("events/2017/10"));
        Files.copy(RealData.file("aws-pipeline/heatmap-sample-data.txt"), bucket.resolve("events/2017/10/deaths.json"));
        Files.createDirectories(tmp.resolve("copies"));
        Workspace ws = Workspace.create(tmp.resolve("ws"), WorkspaceSettings.named("Drag test", null));
        screen = new StorageScreen(ws, executor, Map.of(), uri -> { });
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        stage.setScene(new javafx.scene.Scene((javafx.scene.Parent) screen.view(), 1200, 800));
        stage.show();
        screen.activate();
        screen.controller().saveLocation(SavedLocation.of("Copies", tmp.resolve("copies").toString()));
        screen.controller().saveLocation(SavedLocation.of("Local bucket", bucket.toString()));
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(screen::close).get(10, TimeUnit.SECONDS);
        executor.close();
    }

    @Test
    void draggingAFolderOntoALocationCopiesIt(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !screen.model().entries().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.Node folderRow = robot.from(robot.lookup("#storage-objects").queryAll()).lookup("events/").query();
        javafx.scene.Node target = robot.from(robot.lookup("#storage-locations").queryAll()).lookup("Copies").query();
        robot.drag(folderRow).dropTo(target); // the table row, not the tree's node of the same name
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !screen.queue().rows().isEmpty()
                && screen.queue().rows().getFirst().stateProperty().get() == TransferState.DONE);
        assertThat(Path.of(java.net.URI.create(screen.queue().rows().getFirst().spec().destinationUri())))
                .isEqualTo(tmp.resolve("copies/events"));
        assertThat(tmp.resolve("copies/events/2017/10/deaths.json"))
                .hasSameBinaryContentAs(RealData.file("aws-pipeline/heatmap-sample-data.txt"));
    }
}
