package dev.playlens.app.shell;

import dev.playlens.core.job.JobState;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Every job of this session with its state, progress and a Cancel button; shown from the status bar. */
public final class TaskList extends BorderPane {

    public TaskList(JobsModel jobs) {
        getStyleClass().add("task-list");
        setId("task-list");
        Label title = new Label("Tasks of this session");
        title.getStyleClass().add("title-4");
        Button clear = new Button("Clear finished");
        clear.getStyleClass().addAll("small", "flat");
        clear.setOnAction(e -> jobs.clearFinished());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(8, title, spacer, clear);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(8, 10, 8, 10));

        ListView<JobRow> list = new ListView<>(jobs.all());
        list.setPlaceholder(new Label("No jobs yet"));
        list.setCellFactory(v -> new JobCell());
        list.setPrefSize(460, 280);
        setTop(header);
        setCenter(list);
    }

    private static final class JobCell extends ListCell<JobRow> {
        private final Label name = new Label();
        private final Label state = new Label();
        private final Label message = new Label();
        private final ProgressBar bar = new ProgressBar();
        private final Button cancel = new Button("Cancel");
        private final VBox box;
        private JobRow bound;

        JobCell() {
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            bar.setPrefWidth(120);
            cancel.getStyleClass().addAll("small", "flat");
            state.getStyleClass().add("text-muted");
            message.getStyleClass().addAll("text-muted", "text-small");
            HBox top = new HBox(8, name, spacer, state, bar, cancel);
            top.setAlignment(Pos.CENTER_LEFT);
            box = new VBox(2, top, message);
            cancel.setOnAction(e -> {
                if (bound != null) bound.cancel();
            });
        }

        @Override
        protected void updateItem(JobRow row, boolean empty) {
            super.updateItem(row, empty);
            if (bound != null) {
                name.textProperty().unbind();
                message.textProperty().unbind();
                bar.progressProperty().unbind();
                state.textProperty().unbind();
                cancel.disableProperty().unbind();
                bar.visibleProperty().unbind();
            }
            bound = empty ? null : row;
            if (bound == null) {
                setGraphic(null);
                return;
            }
            name.textProperty().bind(row.nameProperty());
            message.textProperty().bind(row.messageProperty());
            bar.progressProperty().bind(row.progressProperty());
            state.textProperty().bind(row.stateProperty().asString());
            cancel.disableProperty().bind(row.stateProperty().map(JobState::isFinished));
            bar.visibleProperty().bind(row.stateProperty().map(s -> !s.isFinished()));
            setGraphic(box);
        }
    }
}
