package dev.playlens.app.ingest;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.io.File;

/**
 * "Load telemetry": pick a telemetry file or folder, see where it goes, load it with progress and Cancel,
 * and read what the load did. Reopening it shows the load still running, or how the last one ended.
 */
public final class IngestDialog {
    private final Stage stage = new Stage();

    public IngestDialog(IngestModel model, IngestController controller, Window owner) {
        Label title = new Label("Load telemetry");
        title.getStyleClass().add("title-3");
        Label explain = new Label("Reads JSON lines (.json, .jsonl, .gz, or one file of any name) into game_events. "
                + "Events already in the table are skipped by event_id, and files loaded before are not read again.");
        explain.setWrapText(true);
        explain.getStyleClass().add("text-muted");
        explain.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);

        TextField source = new TextField();
        source.setId("ingest-source");
        source.setPromptText("a folder, a file, or file:/… URI");
        source.textProperty().bindBidirectional(model.source);
        source.disableProperty().bind(model.running);
        HBox.setHgrow(source, Priority.ALWAYS);
        Button file = new Button("File…");
        file.disableProperty().bind(model.running);
        file.setOnAction(e -> {
            File f = new FileChooser().showOpenDialog(stage);
            if (f != null) model.source.set(f.getAbsolutePath());
        });
        Button folder = new Button("Folder…");
        folder.disableProperty().bind(model.running);
        folder.setOnAction(e -> {
            File f = new DirectoryChooser().showDialog(stage);
            if (f != null) model.source.set(f.getAbsolutePath());
        });
        Label target = new Label();
        target.setId("ingest-target");
        target.textProperty().bind(model.target);

        GridPane form = new GridPane(10, 10);
        form.addRow(0, fixed("From"), new HBox(6, source, file, folder));
        form.addRow(1, fixed("Into"), target);
        GridPane.setHgrow(form.getChildren().get(1), Priority.ALWAYS);

        ProgressBar bar = new ProgressBar(0);
        bar.setId("ingest-progress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(model.progress);
        Label message = new Label();
        message.setId("ingest-message");
        message.setWrapText(true);
        message.setMinHeight(44); // two lines: the report does not fit one
        target.setWrapText(true);
        message.textProperty().bind(model.message);

        Button load = new Button("Load");
        load.setId("ingest-start");
        load.getStyleClass().add("accent");
        load.setDefaultButton(true);
        load.disableProperty().bind(model.running.or(model.source.isEmpty()));
        load.setOnAction(e -> controller.start());
        Button cancel = new Button("Cancel");
        cancel.setId("ingest-cancel");
        cancel.disableProperty().bind(model.running.not());
        cancel.setOnAction(e -> controller.cancel());
        Button close = new Button("Close");
        close.setId("ingest-close");
        close.setOnAction(e -> stage.close());
        close.setCancelButton(true);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, spacer, load, cancel, close);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        VBox box = new VBox(14, title, explain, form, bar, message, buttons);
        box.setPadding(new Insets(20));
        box.setPrefWidth(640);
        stage.setTitle("Load telemetry");
        stage.setScene(new Scene(box));
        // Not modal: a long load runs as a job (status bar, task list) while the analyst keeps working; closing
        // the window leaves the load running, Cancel (here or in the status bar) stops it.
        if (owner != null) stage.initOwner(owner);
        stage.initModality(Modality.NONE);
    }

    private static Label fixed(String text) {
        Label l = new Label(text);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    public void show() {
        stage.show();
        stage.toFront();
    }

    public Stage stage() {
        return stage;
    }
}
