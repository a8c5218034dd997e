package dev.playlens.app.sql;

import dev.playlens.warehouse.query.QueryHistory;
import dev.playlens.warehouse.query.ResultColumn;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;

/**
 * The SQL workbench's state: editor text, the run in progress (elapsed time), the result (columns with their
 * types, paged rows), the schema tree's tables, the history and a status line.
 */
public final class SqlModel {
    final StringProperty sql = new SimpleStringProperty(
            "SELECT event_type, app_version, count(*) AS events\nFROM game_events\nGROUP BY 1, 2\nORDER BY 3 DESC;\n");
    final BooleanProperty running = new SimpleBooleanProperty();
    final LongProperty elapsedMillis = new SimpleLongProperty();
    /** The statement of the grid's result, which Export runs again in full. */
    final StringProperty resultSql = new SimpleStringProperty();
    final ObservableList<ResultColumn> resultColumns = FXCollections.observableArrayList();
    final ObservableList<String> columns = FXCollections.observableArrayList();
    final PagedRows rows = new PagedRows();
    final BooleanProperty truncated = new SimpleBooleanProperty();
    final StringProperty status = new SimpleStringProperty("Ctrl+Enter runs the statement under the cursor, or the selection.");
    final StringProperty connection = new SimpleStringProperty("");
    /** The last run's error in full (the status line may cut it), or null. */
    final StringProperty error = new SimpleStringProperty();
    final ObservableList<QueryHistory.Entry> history = FXCollections.observableArrayList();
    final ObservableList<SchemaNode> schema = FXCollections.observableArrayList();

    /** One table of the schema tree with its columns as "name  TYPE" lines. */
    public record SchemaNode(String table, String type, List<String> columns) {
    }

    public StringProperty sqlProperty() {
        return sql;
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    public ObservableList<String> columns() {
        return columns;
    }

    public ObservableList<ResultColumn> resultColumns() {
        return resultColumns;
    }

    public PagedRows rows() {
        return rows;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public LongProperty elapsedMillisProperty() {
        return elapsedMillis;
    }

    public ObservableList<QueryHistory.Entry> history() {
        return history;
    }

    public ObservableList<SchemaNode> schema() {
        return schema;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public StringProperty connectionProperty() {
        return connection;
    }

    public StringProperty resultSqlProperty() {
        return resultSql;
    }
}
