package dev.playlens.app.sql;

import dev.playlens.warehouse.query.ResultColumn;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

import java.util.List;

/**
 * The result grid: a virtualised TableView over the paged rows, one column per result column with its
 * engine type under the name; NULL shown as such, numbers right-aligned; Ctrl+C copies the selected rows.
 */
final class ResultGrid extends TableView<List<Object>> {

    static final int MAX_COPY_ROWS = 100_000;
    private static final KeyCodeCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);
    private final SqlModel model;

    ResultGrid(SqlModel model) {
        super(model.rows);
        this.model = model;
        setId("sql-results");
        getStyleClass().addAll("sql-results", "dense", "striped");
        Label placeholder = new Label();
        placeholder.setId("sql-results-placeholder");
        placeholder.setWrapText(true);
        placeholder.setPadding(new javafx.geometry.Insets(16));
        placeholder.textProperty().bind(model.error.map(e -> "The statement failed:\n\n" + e)
                .orElse("Run a statement to see its rows here"));
        model.error.addListener((o, a, e) -> {
            if (e == null) placeholder.getStyleClass().remove("danger");
            else if (!placeholder.getStyleClass().contains("danger")) placeholder.getStyleClass().add("danger");
        });
        setPlaceholder(placeholder);
        model.resultColumns.addListener((ListChangeListener<ResultColumn>) c -> rebuild(model.resultColumns));
        getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (COPY.match(e)) {
                ClipboardContent content = new ClipboardContent();
                content.putString(selectionAsText());
                Clipboard.getSystemClipboard().setContent(content);
                e.consume();
            }
        });
    }

    /** The selected rows (at most {@link #MAX_COPY_ROWS}) as tab-separated text with a header line, for pasting. */
    String selectionAsText() {
        StringBuilder sb = new StringBuilder();
        List<ResultColumn> columns = model.resultColumns;
        sb.append(String.join("\t", columns.stream().map(ResultColumn::name).toList()));
        List<Integer> rows = getSelectionModel().getSelectedIndices().stream().sorted().limit(MAX_COPY_ROWS).toList();
        for (int i : rows) {
            sb.append('\n');
            List<Object> row = getItems().get(i);
            for (int c = 0; c < row.size(); c++) {
                if (c > 0) sb.append('\t');
                Object v = row.get(c);
                sb.append(v == null ? "" : v.toString().replace('\t', ' ').replace('\n', ' '));
            }
        }
        return sb.toString();
    }

    private void rebuild(List<ResultColumn> columns) {
        getColumns().clear();
        if (!columns.isEmpty()) getColumns().add(rowNumbers());
        for (int i = 0; i < columns.size(); i++) {
            int index = i;
            ResultColumn rc = columns.get(i);
            TableColumn<List<Object>, Object> col = new TableColumn<>();
            Label name = new Label(rc.name());
            name.getStyleClass().add("sql-column-name");
            Label type = new Label(rc.typeName());
            type.getStyleClass().addAll("sql-column-type", "text-muted", "text-small");
            VBox header = new VBox(0, name, type);
            Tooltip.install(header, new Tooltip(rc.name() + " : " + rc.typeName()));
            col.setGraphic(header);
            col.setUserData(rc);
            col.setSortable(false); // sorting a million streamed rows belongs in ORDER BY
            col.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().get(index)));
            col.setCellFactory(c -> new ValueCell());
            col.setPrefWidth(Math.max(110, Math.min(280, 9 * rc.name().length() + 40)));
            getColumns().add(col);
        }
    }

    /** The row number, from the cell's index: nothing is stored per row. */
    private static TableColumn<List<Object>, Object> rowNumbers() {
        TableColumn<List<Object>, Object> col = new TableColumn<>("#");
        col.setId("sql-row-number");
        col.setSortable(false);
        col.setReorderable(false);
        col.setPrefWidth(70);
        col.setCellFactory(c -> new TableCell<>() {
            @Override
            public void updateIndex(int i) {
                super.updateIndex(i);
                setText(i < 0 || i >= getTableView().getItems().size() ? null : String.format(java.util.Locale.ROOT, "%,d", i + 1));
            }
        });
        col.getStyleClass().add("sql-row-number");
        return col;
    }

    private static final class ValueCell extends TableCell<List<Object>, Object> {
        @Override
        protected void updateItem(Object value, boolean empty) {
            super.updateItem(value, empty);
            getStyleClass().remove("sql-null");
            if (empty) {
                setText(null);
                return;
            }
            if (value == null) {
                setText("NULL");
                getStyleClass().add("sql-null");
            } else {
                setText(value.toString());
            }
            setStyle(value instanceof Number ? "-fx-alignment: CENTER-RIGHT;" : "");
        }
    }
}
