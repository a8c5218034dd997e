package dev.playlens.app.shell;

import dev.playlens.core.job.SameThreadJobExecutor;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.io.File;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** An out-of-memory inside a job ends in the "ran out of memory" alert, not a stack trace. */
@ExtendWith(ApplicationExtension.class)
class OutOfMemoryDialogFxTest {
    private final Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(), 640, 400));
        stage.show();
    }

    @AfterEach
    void restoreHandler() {
        Thread.setDefaultUncaughtExceptionHandler(previous);
    }

    @Test
    void aJobOutOfMemoryShowsTheAlert(FxRobot robot) throws Exception {
        try (var executor = new SameThreadJobExecutor()) {
            OutOfMemoryGuard.withAlert().install(executor);
            executor.submit("Load a year of telemetry", ctx -> {
                throw new OutOfMemoryError("Java heap space");
            });
        }
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup(".dialog-pane").queryAll().isEmpty());
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(pane.getHeaderText()).isEqualTo("Playlens ran out of memory");
        assertThat(pane.getContentText()).contains("restart Playlens", "-XX:MaxRAMPercentage");

        String file = System.getProperty("playlens.dialogScreenshot");
        if (file != null) {
            var image = WaitForAsyncUtils.asyncFx(() -> pane.getScene().snapshot(null)).get(10, TimeUnit.SECONDS);
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", new File(file));
        }
        Window dialog = pane.getScene().getWindow();
        robot.interact(dialog::hide);
    }
}
