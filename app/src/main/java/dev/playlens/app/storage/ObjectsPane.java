package dev.playlens.app.storage;

import dev.playlens.storage.ObjectInfo;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The folder being browsed: a toolbar, a clear error banner, one page of entries, and the paging bar. */
final class ObjectsPane extends BorderPane {
    private static final DateTimeFormatter MODIFIED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());
    final TableView<ObjectInfo> table;
    private List<ObjectInfo> dragged = List.of();

    ObjectsPane(StorageModel model, BrowserController browser, StorageController controller) {
        Label where = new Label();
        where.setId("storage-where");
        where.getStyleClass().add("text-bold");
        where.textProperty().bind(Bindings.createStringBinding(() -> model.location.get() == null ? "No location"
                : model.location.get().child(model.prefix.get()), model.location, model.prefix));
        Button up = new Button("Up");
        up.setId("storage-up");
        up.disableProperty().bind(model.prefix.isEmpty());
        up.setOnAction(e -> browser.up());
        Button refresh = new Button("Refresh");
        refresh.setOnAction(e -> browser.refresh());
        Button load = new Button("Load into warehouse");
        load.setId("storage-load");
        load.disableProperty().bind(model.location.isNull());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        for (Button b : List.of(up, refresh, load)) b.setMinWidth(Region.USE_PREF_SIZE);
        HBox toolbar = new HBox(6, up, refresh, grow, load);
        toolbar.setAlignment(Pos.CENTER_LEFT);
        toolbar.setPadding(new Insets(8, 8, 4, 8));
        where.setPadding(new Insets(0, 8, 6, 10));

        Label error = new Label();
        error.setId("storage-error");
        error.setStyle("-fx-background-color: -color-danger-subtle; -fx-text-fill: -color-danger-fg; -fx-padding: 8 12 8 12;");
        error.setWrapText(true);
        error.setMaxWidth(Double.MAX_VALUE);
        error.textProperty().bind(model.error);
        error.visibleProperty().bind(model.error.isNotNull());
        error.managedProperty().bind(error.visibleProperty());

        table = new TableView<>(model.entries);
        table.setId("storage-objects");
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setPlaceholder(new Label("Nothing here"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.getColumns().addAll(List.of(nameColumn(model), sizeColumn(),
                column("Modified", 135, o -> o.lastModified() == null ? "" : MODIFIED.format(o.lastModified())),
                column("Type", 120, o -> ObjectKind.describe(o.key()))));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, picked) -> {
            if (picked != null && !picked.isPrefix()) browser.preview(picked);
        });
        table.setRowFactory(t -> row(browser));
        table.setOnKeyPressed(e -> {
            ObjectInfo picked = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && picked != null && picked.isPrefix()) browser.browse(picked.key());
            else if (e.getCode() == KeyCode.BACK_SPACE) browser.up();
            else return;
            e.consume();
        });
        load.setOnAction(e -> controller.loadIntoWarehouse(table.getSelectionModel().getSelectedItem()));

        Button previous = new Button("‹ Previous");
        previous.setId("storage-previous");
        previous.disableProperty().bind(model.page.isEqualTo(0).or(model.listing));
        previous.setOnAction(e -> browser.previousPage());
        Button next = new Button("Next ›");
        next.setId("storage-next");
        next.disableProperty().bind(model.hasNextPage.not().or(model.listing));
        next.setOnAction(e -> browser.nextPage());
        Label status = new Label();
        status.setId("storage-status");
        status.getStyleClass().add("text-muted");
        status.textProperty().bind(model.status);
        HBox paging = new HBox(8, previous, next, status);
        paging.setAlignment(Pos.CENTER_LEFT);
        paging.setPadding(new Insets(6, 8, 6, 8));

        setTop(new VBox(toolbar, where, error));
        setCenter(table);
        setBottom(paging);
    }

    private TableRow<ObjectInfo> row(BrowserController browser) {
        TableRow<ObjectInfo> row = new TableRow<>();
        row.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && row.getItem() != null && row.getItem().isPrefix()) {
                browser.browse(row.getItem().key());
            }
        });
        row.setOnDragDetected(e -> {
            if (row.getItem() == null) return;
            if (!table.getSelectionModel().getSelectedItems().contains(row.getItem())) table.getSelectionModel().clearAndSelect(row.getIndex());
            dragged = List.copyOf(table.getSelectionModel().getSelectedItems());
            ClipboardContent content = new ClipboardContent();
            content.putString(String.join("\n", dragged.stream().map(ObjectInfo::key).toList()));
            row.startDragAndDrop(TransferMode.COPY).setContent(content);
            e.consume();
        });
        row.setOnDragDone(e -> dragged = List.of());
        return row;
    }

    boolean dragging() {
        return !dragged.isEmpty();
    }

    List<ObjectInfo> dragged() {
        return dragged;
    }

    private static TableColumn<ObjectInfo, String> nameColumn(StorageModel model) {
        return column("Name", 220, o -> {
            String name = o.key().substring(Math.min(model.prefix.get().length(), o.key().length()));
            return name;
        });
    }

    private static TableColumn<ObjectInfo, ObjectInfo> sizeColumn() {
        TableColumn<ObjectInfo, ObjectInfo> c = new TableColumn<>("Size");
        c.setPrefWidth(80);
        c.setMinWidth(70);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        c.setComparator(java.util.Comparator.comparingLong(ObjectInfo::size));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(ObjectInfo item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null || item.isPrefix() ? "" : RateMeter.formatBytes(item.size()));
                setAlignment(Pos.CENTER_RIGHT);
            }
        });
        return c;
    }

    private static TableColumn<ObjectInfo, String> column(String title, double width, java.util.function.Function<ObjectInfo, String> value) {
        TableColumn<ObjectInfo, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return c;
    }
}
