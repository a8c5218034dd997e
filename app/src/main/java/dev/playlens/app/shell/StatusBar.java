package dev.playlens.app.shell;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Popup;

/**
 * The bottom bar: the workspace on the left; on the right the newest running job (name, progress bar,
 * message, Cancel) and a Tasks button that opens the list of every job of this session.
 */
public final class StatusBar extends HBox {
    private final JobsModel jobs;
    private final Label workspaceLabel = new Label();
    private final HBox currentJob = new HBox(8);
    private final Label jobName = new Label();
    private final ProgressBar jobProgress = new ProgressBar();
    private final Label jobMessage = new Label();
    private final Button cancel = new Button("Cancel");
    private final ToggleButton tasksButton = new ToggleButton();
    private final Popup taskPopup = new Popup();
    private JobRow shown;

    public StatusBar(JobsModel jobs) {
        this.jobs = jobs;
        getStyleClass().add("status-bar");
        setId("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(12);
        setPadding(new Insets(4, 10, 4, 10));

        jobName.getStyleClass().add("job-name");
        jobName.setId("status-job-name");
        jobProgress.setPrefWidth(160);
        jobProgress.setMinWidth(160);
        jobProgress.setId("status-job-progress");
        jobMessage.getStyleClass().add("text-muted");
        jobMessage.setId("status-job-message");
        jobMessage.setMaxWidth(360);
        cancel.setId("status-job-cancel");
        cancel.getStyleClass().addAll("small", "flat");
        cancel.setOnAction(e -> {
            if (shown != null) shown.cancel();
        });
        currentJob.setAlignment(Pos.CENTER_LEFT);
        currentJob.getChildren().addAll(jobName, jobProgress, jobMessage, cancel);
        currentJob.managedProperty().bind(currentJob.visibleProperty());

        tasksButton.setId("status-tasks");
        tasksButton.getStyleClass().addAll("small", "flat");
        tasksButton.textProperty().bind(Bindings.createStringBinding(
                () -> jobs.running().isEmpty() ? "Tasks" : "Tasks (" + jobs.running().size() + " running)",
                jobs.running()));
        TaskList taskList = new TaskList(jobs);
        taskPopup.getContent().add(taskList);
        taskPopup.setAutoHide(true);
        taskPopup.setOnHidden(e -> tasksButton.setSelected(false));
        tasksButton.setOnAction(e -> toggleTasks());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(workspaceLabel, spacer, currentJob, tasksButton);

        jobs.running().addListener((ListChangeListener<JobRow>) c -> showNewest());
        showNewest();
    }

    public void setWorkspaceText(String text) {
        workspaceLabel.setText(text);
    }

    private void showNewest() {
        JobRow newest = jobs.running().isEmpty() ? null : jobs.running().getLast();
        if (newest == shown) return;
        if (shown != null) {
            jobProgress.progressProperty().unbind();
            jobMessage.textProperty().unbind();
            jobName.textProperty().unbind();
        }
        shown = newest;
        currentJob.setVisible(newest != null);
        if (newest != null) {
            jobName.textProperty().bind(newest.nameProperty());
            jobProgress.progressProperty().bind(newest.progressProperty());
            jobMessage.textProperty().bind(newest.messageProperty());
        }
    }

    private void toggleTasks() {
        if (taskPopup.isShowing()) {
            taskPopup.hide();
            return;
        }
        var bounds = tasksButton.localToScreen(tasksButton.getBoundsInLocal());
        if (bounds == null) return;
        taskPopup.show(tasksButton, bounds.getMaxX() - 460, bounds.getMinY() - 330);
    }

    /** The currently shown job, for tests and the screenshot check. */
    public JobRow shownJob() {
        return shown;
    }
}
