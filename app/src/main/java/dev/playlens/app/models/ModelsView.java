package dev.playlens.app.models;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.Objects;

/** The Models screen: set-up on the left (data, label, features, algorithm, clusters), results in tabs. */
public final class ModelsView extends BorderPane {
    private final TabPane tabs = new TabPane();
    private final LeaderboardPane leaderboard;

    ModelsView(ModelsModel model, ModelsController controller, LeaderboardController leaderboardController,
               ClusterController clusterController) {
        setId("models-screen");
        getStylesheets().add(Objects.requireNonNull(
                ModelsView.class.getResource("/dev/playlens/app/models/models.css")).toExternalForm());
        VBox setup = new VBox(14, new DataPane(model, controller), new TrainPane(model, controller, clusterController));
        setup.setPadding(new Insets(12, 16, 16, 16));
        setup.getStyleClass().add("models-setup");
        ScrollPane left = new ScrollPane(setup);
        left.setId("models-setup-scroll");
        left.setFitToWidth(true);
        left.setMinWidth(400);
        left.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);

        leaderboard = new LeaderboardPane(model, leaderboardController);
        Tab results = new Tab("Results", new ResultsPane(model));
        results.setId("models-tab-results");
        Tab runs = new Tab("Leaderboard", leaderboard);
        runs.setId("models-tab-leaderboard");
        Tab clusters = new Tab("Clusters", new ClustersPane(model, clusterController));
        clusters.setId("models-tab-clusters");
        tabs.getTabs().setAll(results, runs, clusters);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        // A divider the analyst can drag: a wide feature list or wide results, as the moment needs.
        SplitPane split = new SplitPane(left, tabs);
        split.setDividerPositions(0.37);
        SplitPane.setResizableWithParent(left, false);
        setCenter(split);
        model.shownRun.addListener((o, was, now) -> tabs.getSelectionModel().select(results));
        model.clusterResult.addListener((o, was, now) -> tabs.getSelectionModel().select(clusters));
        model.compared.addListener((ListChangeListener<RunRecord>) c -> tabs.getSelectionModel().select(runs));

        ProgressBar progress = new ProgressBar();
        progress.setId("models-progress");
        progress.progressProperty().bind(model.progress);
        progress.visibleProperty().bind(model.running);
        progress.managedProperty().bind(model.running);
        progress.setPrefWidth(180);
        Label status = new Label();
        status.setId("models-status");
        status.textProperty().bind(model.status);
        status.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(status, Priority.ALWAYS);
        Button cancel = new Button("Cancel");
        cancel.setId("models-cancel");
        cancel.disableProperty().bind(model.running.not());
        cancel.setOnAction(e -> controller.cancel());
        HBox bar = new HBox(10, progress, status, cancel);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 12, 6, 12));
        bar.getStyleClass().add("screen-toolbar");
        setBottom(bar);
    }

    static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("title-4");
        return l;
    }

    public void selectTab(int index) {
        tabs.getSelectionModel().select(index);
    }

    LeaderboardPane leaderboard() {
        return leaderboard;
    }
}
