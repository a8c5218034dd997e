package dev.playlens.app.models;

import dev.playlens.ml.model.Algorithm;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** Algorithm and its parameters with Train, then K-Means clustering (k fixed or by silhouette). */
final class TrainPane extends VBox {

    TrainPane(ModelsModel model, ModelsController controller, ClusterController clusters) {
        super(8);
        ComboBox<Algorithm> algorithm = new ComboBox<>();
        algorithm.getItems().setAll(Algorithm.values());
        algorithm.setId("models-algorithm");
        algorithm.valueProperty().bindBidirectional(model.algorithm);
        algorithm.setConverter(new StringConverter<>() {
            @Override
            public String toString(Algorithm a) {
                return a == null ? "" : switch (a) {
                    case GBT -> "Gradient-boosted trees (XGBoost)";
                    case LOGISTIC -> "Logistic regression";
                    case RANDOM_FOREST -> "Random forest";
                };
            }

            @Override
            public Algorithm fromString(String s) {
                return null;
            }
        });
        algorithm.setMaxWidth(Double.MAX_VALUE);

        GridPane params = new GridPane(10, 6);
        Node trees = intField("models-trees", model.trees, 1, 5000);
        Node depth = intField("models-max-depth", model.maxDepth, 1, 30);
        Node shrinkage = doubleField("models-shrinkage", model.shrinkage, 0.001, 1, 0.01);
        Node lambda = doubleField("models-lambda", model.lambda, 0, 100, 0.05);
        Node seed = intField("models-seed", model.seed, 0, Integer.MAX_VALUE);
        Node testShare = doubleField("models-test-fraction", model.testFraction, 0.05, 0.5, 0.05);
        Node folds = intField("models-cv", model.cvFolds, 0, 10);
        Node name = nameField("models-name", model);
        Runnable layout = () -> {
            params.getChildren().clear();
            int row = 0;
            Algorithm a = model.algorithm.get();
            if (a != Algorithm.LOGISTIC) {
                params.addRow(row++, DataPane.small("Trees"), trees, DataPane.small("Max depth"), depth);
            }
            if (a == Algorithm.GBT) params.addRow(row++, DataPane.small("Learning rate"), shrinkage);
            if (a == Algorithm.LOGISTIC) params.addRow(row++, DataPane.small("L2 penalty λ"), lambda);
            params.addRow(row++, DataPane.small("Seed"), seed, DataPane.small("Test share"), testShare);
            params.addRow(row, DataPane.small("CV folds"), folds, DataPane.small("Save as"), name);
        };
        model.algorithm.addListener((o, was, now) -> layout.run());
        layout.run();

        Button train = new Button("Train");
        train.setId("models-train");
        train.getStyleClass().add("accent");
        train.disableProperty().bind(model.running);
        train.setOnAction(e -> controller.train());

        getChildren().addAll(ModelsView.section("Algorithm"), algorithm, params, new HBox(8, train),
                ModelsView.section("Player clusters (K-Means)"), clustering(model, clusters));
    }

    private static Node clustering(ModelsModel model, ClusterController controller) {
        ToggleGroup mode = new ToggleGroup();
        RadioButton auto = new RadioButton("Best k by silhouette, up to");
        auto.setId("models-k-auto");
        auto.setToggleGroup(mode);
        RadioButton fixed = new RadioButton("Fixed k");
        fixed.setToggleGroup(mode);
        (model.kAuto.get() ? auto : fixed).setSelected(true);
        auto.selectedProperty().addListener((o, was, now) -> model.kAuto.set(now));
        model.kAuto.addListener((o, was, now) -> (now ? auto : fixed).setSelected(true));
        GridPane grid = new GridPane(10, 6);
        grid.addRow(0, auto, intField("models-k-max", model.kMax, 2, 12));
        grid.addRow(1, fixed, intField("models-k", model.k, 2, 20));
        Button cluster = new Button("Cluster players");
        cluster.setId("models-cluster");
        cluster.disableProperty().bind(model.running);
        cluster.setOnAction(e -> controller.cluster());
        Label hint = DataPane.small("Uses the ticked columns; the label is left out.");
        TextField name = new TextField();
        name.textProperty().bindBidirectional(model.clusterName);
        name.setPrefColumnCount(10);
        return new VBox(6, grid, new HBox(8, DataPane.small("Save as"), name), hint, cluster);
    }

    private static Node intField(String id, IntegerProperty value, int min, int max) {
        Spinner<Integer> s = new Spinner<>(min, max, value.get());
        s.setId(id);
        s.setEditable(true);
        s.setPrefWidth(96);
        s.valueProperty().addListener((o, was, now) -> value.set(now));
        value.addListener((o, was, now) -> s.getValueFactory().setValue(now.intValue()));
        return s;
    }

    private static Node doubleField(String id, DoubleProperty value, double min, double max, double step) {
        Spinner<Double> s = new Spinner<>(min, max, value.get(), step);
        s.setId(id);
        s.setEditable(true);
        s.setPrefWidth(96);
        s.valueProperty().addListener((o, was, now) -> value.set(now));
        value.addListener((o, was, now) -> s.getValueFactory().setValue(now.doubleValue()));
        return s;
    }

    private static Node nameField(String id, ModelsModel model) {
        TextField name = new TextField();
        name.setId(id);
        name.textProperty().bindBidirectional(model.modelName);
        name.setPrefColumnCount(8);
        return name;
    }
}
