package dev.playlens.app.storage;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import java.io.ByteArrayInputStream;
import java.util.List;

/** Shows the picked object's preview: pretty JSON lines, a grid for CSV and Parquet, the image itself. */
final class PreviewPane extends BorderPane {
    private final Label title = new Label("Preview");
    private final Label note = new Label("Pick an object to preview it.");
    private final StackPane body = new StackPane();

    PreviewPane(StorageModel model) {
        setId("storage-preview");
        title.getStyleClass().add("title-4");
        title.setId("storage-preview-title");
        note.setId("storage-preview-note");
        note.getStyleClass().addAll("text-muted", "text-small");
        note.setWrapText(true);
        VBox header = new VBox(2, title, note);
        header.setPadding(new Insets(8));
        ProgressIndicator busy = new ProgressIndicator();
        busy.setMaxSize(32, 32);
        busy.visibleProperty().bind(model.previewing);
        setTop(header);
        setCenter(new StackPane(body, busy));
        model.preview.addListener((obs, old, now) -> show(now));
    }

    private void show(Preview preview) {
        body.getChildren().clear();
        if (preview == null) {
            title.setText("Preview");
            note.setText("Pick an object to preview it.");
            return;
        }
        title.setText(preview.key().substring(preview.key().lastIndexOf('/', preview.key().length() - 2) + 1));
        switch (preview) {
            case Preview.Text t -> {
                note.setText(t.note());
                TextArea text = new TextArea(t.text());
                text.setId("storage-preview-text");
                text.setEditable(false);
                text.getStyleClass().add("sql-editor"); // the monospace style of the SQL editor
                body.getChildren().add(text);
            }
            case Preview.Table t -> {
                note.setText(t.note());
                body.getChildren().add(grid(t));
            }
            case Preview.Image i -> {
                Image image = new Image(new ByteArrayInputStream(i.bytes()));
                note.setText(image.isError() ? "Not a readable image." : String.format("%.0f × %.0f px", image.getWidth(), image.getHeight()));
                ImageView view = new ImageView(image);
                view.setId("storage-preview-image");
                view.setPreserveRatio(true);
                view.fitWidthProperty().bind(javafx.beans.binding.Bindings.min(image.getWidth(), widthProperty().subtract(24)));
                ScrollPane scroll = new ScrollPane(view);
                scroll.setFitToWidth(true);
                body.getChildren().add(scroll);
            }
            case Preview.None n -> note.setText(n.message());
        }
    }

    private static TableView<List<String>> grid(Preview.Table t) {
        TableView<List<String>> grid = new TableView<>();
        grid.setId("storage-preview-grid");
        for (int i = 0; i < t.columns().size(); i++) {
            int index = i;
            TableColumn<List<String>, String> c = new TableColumn<>(t.columns().get(i));
            c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(index < cell.getValue().size() ? cell.getValue().get(index) : ""));
            c.setPrefWidth(110);
            grid.getColumns().add(c);
        }
        grid.getItems().setAll(t.rows());
        return grid;
    }
}
