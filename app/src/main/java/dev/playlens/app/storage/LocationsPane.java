package dev.playlens.app.storage;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The saved locations: click one to browse it; drop objects or folders dragged from the browser onto another one
 * to copy them there.
 */
final class LocationsPane extends VBox {
    final ListView<SavedLocation> list;

    LocationsPane(StorageModel model, StorageController controller, BrowserController browser, ObjectsPane objects) {
        super(6);
        setPadding(new Insets(8));
        Label title = new Label("Locations");
        title.getStyleClass().add("title-4");
        list = new ListView<>(model.locations);
        list.setId("storage-locations");
        list.setPlaceholder(new Label("No saved locations"));
        list.setPrefHeight(180);
        list.setCellFactory(v -> new LocationCell(controller, objects));
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, picked) -> {
            if (picked != null && !picked.equals(model.location.get())) browser.open(picked);
        });
        model.location.addListener((obs, old, now) -> {
            if (now != null && !now.equals(list.getSelectionModel().getSelectedItem())) list.getSelectionModel().select(now);
        });

        Button add = new Button("Add…");
        add.setId("storage-add-location");
        add.setOnAction(e -> LocationDialog.ask(getScene().getWindow()).ifPresent(controller::saveLocation));
        Button remove = new Button("Remove");
        remove.setId("storage-remove-location");
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> controller.removeLocation(list.getSelectionModel().getSelectedItem()));
        HBox buttons = new HBox(6, add, remove);
        buttons.setAlignment(Pos.CENTER_LEFT);
        Label hint = new Label("Drag objects or folders onto a location to copy them there.");
        hint.getStyleClass().addAll("text-muted", "text-small");
        hint.setWrapText(true);
        hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(title, list, buttons, hint);
    }

    /** Name over URI; a drop target for the browser's drag. */
    private static final class LocationCell extends ListCell<SavedLocation> {
        LocationCell(StorageController controller, ObjectsPane objects) {
            setOnDragOver(e -> {
                if (getItem() != null && objects.dragging() && e.getGestureSource() != this) e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            });
            setOnDragEntered(e -> {
                if (getItem() != null && objects.dragging()) setStyle("-fx-background-color: -color-accent-subtle;");
            });
            setOnDragExited(e -> setStyle(null));
            setOnDragDropped(e -> {
                boolean ok = getItem() != null && objects.dragging();
                if (ok) controller.copy(objects.dragged(), getItem());
                e.setDropCompleted(ok);
                e.consume();
            });
        }

        @Override
        protected void updateItem(SavedLocation item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Label name = new Label(item.name());
            name.getStyleClass().add("text-bold");
            Label uri = new Label(item.uri());
            uri.getStyleClass().addAll("text-muted", "text-small");
            setText(null);
            setGraphic(new VBox(1, name, uri));
        }
    }
}
