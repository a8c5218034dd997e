package dev.playlens.app.sql;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;

/** The SQL screen's state: the editor text, whether a query runs, the result grid and a status line. */
public final class SqlModel {
    final StringProperty sql = new SimpleStringProperty(
            "SELECT event_type, app_version, count(*) AS events\nFROM game_events\nGROUP BY 1, 2\nORDER BY 3 DESC");
    final BooleanProperty running = new SimpleBooleanProperty();
    final ObservableList<String> columns = FXCollections.observableArrayList();
    final ObservableList<List<Object>> rows = FXCollections.observableArrayList();
    final StringProperty status = new SimpleStringProperty("Ctrl+Enter runs the query.");

    public StringProperty sqlProperty() {
        return sql;
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    public ObservableList<String> columns() {
        return columns;
    }

    public ObservableList<List<Object>> rows() {
        return rows;
    }

    public StringProperty statusProperty() {
        return status;
    }
}
