package dev.playlens.app.ingest;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import dev.playlens.warehouse.ingest.LoadReport;

/** The load dialog's state: the source, the target, progress of the running load and its report. */
public final class IngestModel {
    final StringProperty source = new SimpleStringProperty("");
    final StringProperty target = new SimpleStringProperty("");
    final BooleanProperty running = new SimpleBooleanProperty();
    /** 0..1, or -1 while the amount of work is not known yet. */
    final DoubleProperty progress = new SimpleDoubleProperty(0);
    final StringProperty message = new SimpleStringProperty("");
    final ObjectProperty<LoadReport> report = new SimpleObjectProperty<>();

    public StringProperty sourceProperty() {
        return source;
    }

    public StringProperty targetProperty() {
        return target;
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public ObjectProperty<LoadReport> reportProperty() {
        return report;
    }
}
