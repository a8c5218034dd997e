package dev.playlens.app.shell;

import dev.playlens.core.job.JobHandle;
import dev.playlens.core.job.JobListener;
import dev.playlens.core.job.Progress;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

/** First start: shows the demo workspace being generated and loaded, with Cancel. */
final class DemoProgressDialog {
    private final Stage stage = new Stage();
    private final ProgressBar bar = new ProgressBar(-1);
    private final Label message = new Label("Starting…");
    private final AtomicBoolean refreshPending = new AtomicBoolean();

    DemoProgressDialog(JobHandle<?> job, Path dir) {
        Label title = new Label("Creating the demo workspace");
        title.getStyleClass().add("title-3");
        Label where = new Label("A synthetic game with players, levels and telemetry, loaded into the embedded warehouse at "
                + dir + ". This happens once.");
        where.setWrapText(true);
        where.getStyleClass().add("text-muted");
        bar.setMaxWidth(Double.MAX_VALUE);
        Button cancel = new Button("Cancel");
        cancel.setOnAction(e -> job.cancel());
        VBox box = new VBox(12, title, where, bar, message, cancel);
        box.setPadding(new Insets(20));
        box.setPrefWidth(480);
        stage.setTitle("Playlens — first start");
        stage.setScene(new Scene(box));
        stage.setOnCloseRequest(e -> job.cancel());
        job.addListener(new JobListener() {
            @Override
            public void progressed(JobHandle<?> j, Progress p) {
                if (refreshPending.compareAndSet(false, true)) {
                    Platform.runLater(() -> {
                        refreshPending.set(false);
                        Progress latest = j.progress();
                        bar.setProgress(latest.fraction());
                        message.setText(latest.message());
                    });
                }
            }
        });
    }

    void show() {
        stage.show();
    }

    void close() {
        stage.close();
    }
}
