package dev.playlens.app.storage;

import dev.playlens.storage.StagedUploads.PendingUpload;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;

import java.time.Duration;
import java.util.function.Function;

/**
 * Uploads that were started and never finished in the folder being browsed (S3 multipart uploads keep costing
 * storage until aborted; Azure keeps uncommitted blocks for a week), and a Clean button that aborts them.
 */
final class AbandonedPane extends BorderPane {

    AbandonedPane(StorageModel model, StorageController controller) {
        setId("storage-abandoned");
        Button list = new Button("List");
        list.setId("storage-abandoned-list");
        list.disableProperty().bind(model.location.isNull());
        list.setOnAction(e -> controller.listAbandoned());
        ChoiceBox<Duration> age = new ChoiceBox<>();
        age.getItems().addAll(Duration.ofHours(1), Duration.ofDays(1), Duration.ZERO);
        age.setConverter(new StringConverter<>() {
            @Override
            public String toString(Duration d) {
                return d == null ? "" : d.isZero() ? "all (no copy running)" : "older than " + (d.toHours() >= 24 ? d.toDays() + " day" : d.toHours() + " hour");
            }

            @Override
            public Duration fromString(String s) {
                return null;
            }
        });
        age.valueProperty().bindBidirectional(model.cleanMinAge);
        Button clean = new Button("Clean");
        clean.setId("storage-abandoned-clean");
        clean.getStyleClass().add("danger");
        clean.disableProperty().bind(model.location.isNull());
        clean.setOnAction(e -> controller.cleanAbandoned());
        Label status = new Label();
        status.setId("storage-abandoned-status");
        status.getStyleClass().add("text-muted");
        status.textProperty().bind(model.abandonedStatus);
        HBox bar = new HBox(6, list, clean, age, status);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 8, 6, 8));

        TableView<PendingUpload> table = new TableView<>(model.abandoned);
        table.setId("storage-abandoned-table");
        table.setPlaceholder(new Label("None listed"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("Key", 380, PendingUpload::key));
        table.getColumns().add(column("Started", 200, u -> u.started() == null ? "unknown" : u.started().toString()));
        table.getColumns().add(column("Upload id", 300, PendingUpload::uploadId));
        setTop(bar);
        setCenter(table);
    }

    private static TableColumn<PendingUpload, String> column(String title, double width, Function<PendingUpload, String> value) {
        TableColumn<PendingUpload, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return c;
    }
}
