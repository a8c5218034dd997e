package dev.playlens.app.sql;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;

import java.util.List;

/** Editor, Run/Cancel and the result grid of the SQL screen. */
public final class SqlView extends BorderPane {

    public SqlView(SqlModel model, SqlController controller) {
        setId("sql-screen");
        TextArea editor = new TextArea();
        editor.setId("sql-editor");
        editor.getStyleClass().add("sql-editor");
        editor.textProperty().bindBidirectional(model.sql);
        editor.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                controller.run();
                e.consume();
            }
        });

        Button run = new Button("Run");
        run.setId("sql-run");
        run.getStyleClass().add("accent");
        run.disableProperty().bind(model.running);
        run.setOnAction(e -> controller.run());
        Button cancel = new Button("Cancel");
        cancel.setId("sql-cancel");
        cancel.disableProperty().bind(model.running.not());
        cancel.setOnAction(e -> controller.cancel());
        Label status = new Label();
        status.setId("sql-status");
        status.getStyleClass().add("text-muted");
        status.textProperty().bind(model.status);
        HBox bar = new HBox(8, run, cancel, status);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 12, 8, 12));

        TableView<List<Object>> grid = new TableView<>(model.rows);
        grid.setId("sql-results");
        grid.setPlaceholder(new Label("No results yet"));
        model.columns.addListener((ListChangeListener<String>) c -> {
            grid.getColumns().clear();
            for (int i = 0; i < model.columns.size(); i++) {
                int index = i;
                TableColumn<List<Object>, Object> col = new TableColumn<>(model.columns.get(i));
                col.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().get(index)));
                col.setPrefWidth(140);
                grid.getColumns().add(col);
            }
        });

        BorderPane top = new BorderPane(editor);
        top.setBottom(bar);
        SplitPane split = new SplitPane(top, grid);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.38);
        setCenter(split);
    }
}
