package dev.playlens.app.publish;

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

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The Publish screen's state: the choices of the next publish, the running job, the history and the targets' state. */
public final class PublishModel {
    /** One saved target in the list, with the check box that takes it into the next publish. */
    public static final class TargetItem {
        final String to;
        final BooleanProperty selected;

        TargetItem(String to, boolean selected) {
            this.to = to;
            this.selected = new SimpleBooleanProperty(selected);
        }

        public String to() {
            return to;
        }

        public BooleanProperty selectedProperty() {
            return selected;
        }

        @Override
        public String toString() {
            return to;
        }
    }

    final Map<String, List<Integer>> registry = new LinkedHashMap<>();
    final ObservableList<String> modelNames = FXCollections.observableArrayList();
    final ObjectProperty<String> model = new SimpleObjectProperty<>();
    final ObservableList<Integer> versions = FXCollections.observableArrayList();
    final ObjectProperty<Integer> version = new SimpleObjectProperty<>();
    final StringProperty modelSummary = new SimpleStringProperty("");
    final ObjectProperty<PublishSettings.DataKind> dataKind = new SimpleObjectProperty<>(PublishSettings.DataKind.TABLE);
    final StringProperty data = new SimpleStringProperty("");
    final StringProperty idColumn = new SimpleStringProperty("");
    final ObservableList<TargetItem> targets = FXCollections.observableArrayList(
            t -> new javafx.beans.Observable[]{t.selected});
    final StringProperty newTarget = new SimpleStringProperty("");
    final IntegerProperty ttlHours = new SimpleIntegerProperty(24);

    final BooleanProperty running = new SimpleBooleanProperty();
    final DoubleProperty progress = new SimpleDoubleProperty(0);
    final StringProperty status = new SimpleStringProperty("Pick a model version, the data and the targets, then Publish.");
    final ObservableList<HistoryRow> history = FXCollections.observableArrayList();
    final ObservableList<TargetState> states = FXCollections.observableArrayList();
    final IntegerProperty refreshes = new SimpleIntegerProperty();

    public ObjectProperty<String> modelProperty() {
        return model;
    }

    public ObjectProperty<Integer> versionProperty() {
        return version;
    }

    public ObservableList<Integer> versions() {
        return versions;
    }

    public StringProperty modelSummaryProperty() {
        return modelSummary;
    }

    public ObjectProperty<PublishSettings.DataKind> dataKindProperty() {
        return dataKind;
    }

    public StringProperty dataProperty() {
        return data;
    }

    public StringProperty idColumnProperty() {
        return idColumn;
    }

    public ObservableList<TargetItem> targets() {
        return targets;
    }

    public StringProperty newTargetProperty() {
        return newTarget;
    }

    public IntegerProperty ttlHoursProperty() {
        return ttlHours;
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public ObservableList<HistoryRow> history() {
        return history;
    }

    public ObservableList<TargetState> states() {
        return states;
    }

    /** Counts finished refreshes of history and target states (tests wait on it). */
    public IntegerProperty refreshesProperty() {
        return refreshes;
    }
}
