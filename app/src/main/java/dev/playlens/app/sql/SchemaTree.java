package dev.playlens.app.sql;

import javafx.collections.ListChangeListener;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.MouseButton;

import java.util.function.Consumer;

/** Tables and their columns; a double click puts the table or column name into the editor. */
final class SchemaTree extends TreeView<String> {

    private void show(SqlModel model) {
        getRoot().getChildren().clear();
        for (SqlModel.SchemaNode node : model.schema) {
            TreeItem<String> table = new TreeItem<>(node.table());
            node.columns().forEach(col -> table.getChildren().add(new TreeItem<>(col)));
            getRoot().getChildren().add(table);
        }
    }

    SchemaTree(SqlModel model, Consumer<String> insert) {
        super(new TreeItem<>("schema"));
        setId("sql-schema");
        getStyleClass().addAll("sql-schema", "dense");
        setShowRoot(false);
        model.schema.addListener((ListChangeListener<SqlModel.SchemaNode>) c -> show(model));
        show(model); // the schema may have been read before the view was built

        setOnMouseClicked(e -> {
            TreeItem<String> item = getSelectionModel().getSelectedItem();
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && item != null) {
                String v = item.getValue();
                int gap = v.indexOf("  ");
                insert.accept(gap > 0 ? v.substring(0, gap) : v); // a column line is "name  TYPE"
            }
        });
    }
}
