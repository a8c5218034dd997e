package dev.playlens.app.sql;

import dev.playlens.warehouse.query.QueryHistory;
import dev.playlens.warehouse.query.QueryStatus;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Function;

/** The workspace's query history, newest first; a double click puts the statement back into the editor. */
final class HistoryTable extends TableView<QueryHistory.Entry> {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    HistoryTable(SqlModel model) {
        super(model.history);
        setId("sql-history");
        getStyleClass().addAll("dense", "striped");
        setPlaceholder(new Label("No queries run in this workspace yet"));
        getColumns().add(column("Started", 175, e -> WHEN.format(e.started())));
        getColumns().add(column("Duration", 90, e -> String.format(Locale.ROOT, "%,d ms", e.durationMillis())));
        getColumns().add(column("Rows", 100, e -> String.format(Locale.ROOT, "%,d", e.rows())));
        getColumns().add(column("Status", 100, e -> e.status().name().toLowerCase(Locale.ROOT)));
        TableColumn<QueryHistory.Entry, String> sql = column("Statement", 700,
                e -> e.sql().strip().replaceAll("\\s+", " "));
        getColumns().add(sql);
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_LAST_COLUMN);
        setRowFactory(t -> {
            TableRow<QueryHistory.Entry> row = new TableRow<>() {
                @Override
                protected void updateItem(QueryHistory.Entry item, boolean empty) {
                    super.updateItem(item, empty);
                    setTooltip(item == null || empty ? null
                            : new Tooltip(item.error() == null ? item.sql() : item.sql() + "\n\n" + item.error()));
                    getStyleClass().remove("sql-history-failed");
                    if (item != null && !empty && item.status() == QueryStatus.FAILED) getStyleClass().add("sql-history-failed");
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) model.sql.set(row.getItem().sql());
            });
            return row;
        });
    }

    private static TableColumn<QueryHistory.Entry, String> column(String title, double width,
                                                                  Function<QueryHistory.Entry, String> value) {
        TableColumn<QueryHistory.Entry, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        if (!"Statement".equals(title)) c.setMinWidth(width); // only the statement gives way
        return c;
    }
}
