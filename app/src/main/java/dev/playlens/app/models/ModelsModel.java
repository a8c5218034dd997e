package dev.playlens.app.models;

import dev.playlens.ml.cluster.ClusterResult;
import dev.playlens.ml.cluster.PerClusterComparison;
import dev.playlens.ml.model.Algorithm;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.LocalDate;
import java.util.Map;

/** The Models screen's state (JavaFX properties only): data, label, features, algorithm, job, results, runs, clusters. */
public final class ModelsModel {
    // Data
    final ObjectProperty<DataKind> dataKind = new SimpleObjectProperty<>(DataKind.FEATURE_QUERY);
    final StringProperty file = new SimpleStringProperty("");
    final StringProperty table = new SimpleStringProperty();
    final ObservableList<String> tables = FXCollections.observableArrayList();
    final StringProperty sql = new SimpleStringProperty("SELECT * FROM game_events LIMIT 1000");
    final ObjectProperty<LocalDate> windowFrom = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> windowTo = new SimpleObjectProperty<>();
    final IntegerProperty horizonDays = new SimpleIntegerProperty(14);
    final StringProperty dataSummary = new SimpleStringProperty("No data loaded.");
    final ObservableList<FeatureRow> features = FXCollections.observableArrayList();
    final ObservableList<String> columns = FXCollections.observableArrayList();
    final StringProperty label = new SimpleStringProperty();
    final StringProperty positive = new SimpleStringProperty();
    final ObservableList<String> labelValues = FXCollections.observableArrayList();

    // Algorithm
    final ObjectProperty<Algorithm> algorithm = new SimpleObjectProperty<>(Algorithm.GBT);
    final IntegerProperty trees = new SimpleIntegerProperty(200);
    final IntegerProperty maxDepth = new SimpleIntegerProperty(4);
    final DoubleProperty shrinkage = new SimpleDoubleProperty(0.05);
    final DoubleProperty lambda = new SimpleDoubleProperty(0.1);
    final IntegerProperty seed = new SimpleIntegerProperty(42);
    final DoubleProperty testFraction = new SimpleDoubleProperty(0.2);
    final IntegerProperty cvFolds = new SimpleIntegerProperty(0);
    final StringProperty modelName = new SimpleStringProperty("churn");

    // Job
    final BooleanProperty running = new SimpleBooleanProperty();
    final DoubleProperty progress = new SimpleDoubleProperty(0);
    final StringProperty status = new SimpleStringProperty("Choose data and press Load.");

    // Results and leaderboard
    final ObjectProperty<RunRecord> shownRun = new SimpleObjectProperty<>();
    final ObservableList<String> dataReport = FXCollections.observableArrayList();
    final ObservableList<RunRecord> runs = FXCollections.observableArrayList();
    final ObservableList<RunRecord> compared = FXCollections.observableArrayList();
    final ObservableList<RunComparison.Row> comparison = FXCollections.observableArrayList();
    final IntegerProperty trainedRuns = new SimpleIntegerProperty();

    // Clusters
    final BooleanProperty kAuto = new SimpleBooleanProperty(true);
    final IntegerProperty k = new SimpleIntegerProperty(4);
    final IntegerProperty kMax = new SimpleIntegerProperty(6);
    final StringProperty clusterName = new SimpleStringProperty("segments");
    final ObjectProperty<ClusterResult> clusterResult = new SimpleObjectProperty<>();
    final ObjectProperty<PerClusterComparison.Result> perCluster = new SimpleObjectProperty<>();
    /** Standard deviation of each profile entry over all rows, set just before {@link #clusterResult}. */
    final ObjectProperty<Map<String, Double>> clusterSpread = new SimpleObjectProperty<>(Map.of());

    public ObjectProperty<DataKind> dataKindProperty() { return dataKind; }
    public StringProperty fileProperty() { return file; }
    public StringProperty tableProperty() { return table; }
    public StringProperty sqlProperty() { return sql; }
    public ObservableList<FeatureRow> features() { return features; }
    public StringProperty labelProperty() { return label; }
    public StringProperty positiveProperty() { return positive; }
    public ObservableList<String> labelValues() { return labelValues; }
    public ObjectProperty<Algorithm> algorithmProperty() { return algorithm; }
    public IntegerProperty treesProperty() { return trees; }
    public IntegerProperty maxDepthProperty() { return maxDepth; }
    public StringProperty modelNameProperty() { return modelName; }
    public BooleanProperty runningProperty() { return running; }
    public StringProperty statusProperty() { return status; }
    public ObjectProperty<RunRecord> shownRunProperty() { return shownRun; }
    public ObservableList<RunRecord> runs() { return runs; }
    public ObservableList<RunComparison.Row> comparison() { return comparison; }
    public IntegerProperty trainedRunsProperty() { return trainedRuns; }
    public BooleanProperty kAutoProperty() { return kAuto; }
    public IntegerProperty kMaxProperty() { return kMax; }
    public ObjectProperty<ClusterResult> clusterResultProperty() { return clusterResult; }
    public ObjectProperty<PerClusterComparison.Result> perClusterProperty() { return perCluster; }
}
