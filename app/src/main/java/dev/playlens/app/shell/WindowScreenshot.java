package dev.playlens.app.shell;

import dev.playlens.app.heatmaps.HeatmapsModel;
import javafx.animation.PauseTransition;
import javafx.beans.value.ChangeListener;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javafx.util.Duration;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * {@code --screenshot}: shows the Heatmaps screen, waits for its first finished render, lets layout and a
 * few pulses settle, snapshots the window's scene and writes it as PNG.
 */
final class WindowScreenshot {
    private static final Duration SETTLE = Duration.millis(600);
    private static final Duration TIMEOUT = Duration.minutes(10);

    private final MainWindow window;
    private final Path file;

    WindowScreenshot(MainWindow window, Path file) {
        this.window = window;
        this.file = file;
    }

    void takeWhenHeatmapRendered(Runnable done, Consumer<String> failed) {
        window.select(window.screens().heatmaps());
        HeatmapsModel model = window.screens().heatmaps().model();
        PauseTransition timeout = new PauseTransition(TIMEOUT);
        timeout.setOnFinished(e -> failed.accept("the heatmap did not render within " + TIMEOUT.toMinutes()
                + " minutes (" + model.statusProperty().get() + ")"));
        timeout.play();
        Runnable capture = () -> {
            timeout.stop();
            PauseTransition settle = new PauseTransition(SETTLE);
            settle.setOnFinished(e -> {
                try {
                    write(window.scene().snapshot(null));
                    done.run();
                } catch (IOException | RuntimeException ex) {
                    failed.accept("cannot write " + file + ": " + ex.getMessage());
                }
            });
            settle.play();
        };
        if (model.rendersProperty().get() > 0) {
            capture.run();
            return;
        }
        model.rendersProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Number> o, Number was, Number now) {
                model.rendersProperty().removeListener(this);
                capture.run();
            }
        });
        // A level-less workspace never renders; say so instead of waiting for the timeout.
        if (model.levels().isEmpty()) failed.accept(model.statusProperty().get());
    }

    private void write(WritableImage image) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        if (!ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile())) {
            throw new IOException("no PNG writer");
        }
    }
}
