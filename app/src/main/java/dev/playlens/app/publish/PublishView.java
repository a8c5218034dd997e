package dev.playlens.app.publish;

import dev.playlens.app.shell.LabelledField;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;

/**
 * The Publish screen: model version, data and TTL on top; the targets with Publish / Cancel and the progress on
 * the left; each target's current version and the history on the right ({@link PublishTablesView}).
 */
public final class PublishView extends BorderPane {

    public PublishView(PublishModel model, PublishController controller) {
        setId("publish-screen");

        ComboBox<String> name = new ComboBox<>(model.modelNames);
        name.setId("publish-model");
        name.valueProperty().bindBidirectional(model.model);
        name.setPrefWidth(200);
        ComboBox<Integer> version = new ComboBox<>(model.versions);
        version.setId("publish-version");
        version.valueProperty().bindBidirectional(model.version);
        version.setConverter(converter());
        version.setPrefWidth(90);

        ChoiceBox<PublishSettings.DataKind> kind = new ChoiceBox<>(
                javafx.collections.FXCollections.observableArrayList(PublishSettings.DataKind.values()));
        kind.setId("publish-data-kind");
        kind.valueProperty().bindBidirectional(model.dataKind);
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(PublishSettings.DataKind k) {
                return k == null ? "" : switch (k) {
                    case TABLE -> "Warehouse table";
                    case QUERY -> "Warehouse query";
                    case FILE -> "File (CSV, Parquet)";
                };
            }

            @Override
            public PublishSettings.DataKind fromString(String s) {
                return null;
            }
        });
        TextField data = new TextField();
        data.setId("publish-data");
        data.textProperty().bindBidirectional(model.data);
        data.promptTextProperty().bind(Bindings.createStringBinding(() -> switch (model.dataKind.get()) {
            case TABLE -> "player_features";
            case QUERY -> "SELECT … FROM …";
            case FILE -> "/path/to/features.csv";
        }, model.dataKind));
        data.setPrefWidth(320);
        Button browse = new Button("Browse…");
        browse.setId("publish-browse");
        browse.visibleProperty().bind(model.dataKind.isEqualTo(PublishSettings.DataKind.FILE));
        browse.managedProperty().bind(browse.visibleProperty());
        browse.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Users to score");
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV or Parquet", "*.csv", "*.parquet"));
            java.io.File f = chooser.showOpenDialog(getScene().getWindow());
            if (f != null) model.data.set(f.getAbsolutePath());
        });
        TextField id = new TextField();
        id.setId("publish-id-column");
        id.textProperty().bindBidirectional(model.idColumn);
        id.setPromptText("user_id");
        id.setPrefWidth(130);
        Spinner<Integer> ttl = new Spinner<>(1, 24 * 90, model.ttlHours.get());
        ttl.setId("publish-ttl");
        ttl.setEditable(true);
        ttl.setPrefWidth(100);
        ttl.getValueFactory().valueProperty().addListener((o, was, now) -> model.ttlHours.set(now));
        model.ttlHours.addListener((o, was, now) -> ttl.getValueFactory().setValue(now.intValue()));

        FlowPane top = new FlowPane(18, 8, LabelledField.of("Model", name), LabelledField.of("Version", version),
                LabelledField.of("Data", new HBox(6, kind, data, browse)), LabelledField.of("User id column", id),
                LabelledField.of("Cache TTL (hours)", ttl));
        Label summary = new Label();
        summary.setId("publish-model-summary");
        summary.getStyleClass().addAll("text-small", "text-muted");
        summary.textProperty().bind(model.modelSummary);
        VBox header = new VBox(6, top, summary);
        header.setPadding(new Insets(12, 16, 10, 16));
        header.getStyleClass().add("screen-toolbar");

        SplitPane split = new SplitPane(targets(model, controller), new PublishTablesView(model, controller));
        split.setDividerPositions(0.29);

        Label status = new Label();
        status.setId("publish-status");
        status.getStyleClass().add("text-muted");
        status.textProperty().bind(model.status);
        status.setWrapText(true);
        HBox footer = new HBox(8, status);
        footer.setPadding(new Insets(6, 16, 8, 16));
        footer.setAlignment(Pos.CENTER_LEFT);

        setTop(header);
        setCenter(split);
        setBottom(footer);
    }

    private static VBox targets(PublishModel model, PublishController controller) {
        ListView<PublishModel.TargetItem> list = new ListView<>(model.targets);
        list.setId("publish-targets");
        list.setCellFactory(CheckBoxListCell.forListView(PublishModel.TargetItem::selectedProperty));
        list.setPlaceholder(new Label("No targets yet"));
        VBox.setVgrow(list, Priority.ALWAYS);
        model.targets.addListener((javafx.collections.ListChangeListener<PublishModel.TargetItem>) c -> {
            while (c.next()) if (c.wasUpdated()) controller.save();
        });

        TextField add = new TextField();
        add.setId("publish-new-target");
        add.textProperty().bindBidirectional(model.newTarget);
        add.setPromptText("warehouse#predictions");
        add.setOnAction(e -> controller.addTarget());
        HBox.setHgrow(add, Priority.ALWAYS);
        Button addButton = new Button("Add");
        addButton.setId("publish-add-target");
        addButton.setOnAction(e -> controller.addTarget());
        Button remove = new Button("Remove");
        remove.setId("publish-remove-target");
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> controller.removeTarget(list.getSelectionModel().getSelectedItem()));
        Label hint = new Label("warehouse#TABLE · jdbc:…#TABLE · duckdb:FILE#TABLE · redis://HOST:PORT · a folder · "
                + "s3://BUCKET/PREFIX · azure://CONTAINER/PREFIX");
        hint.getStyleClass().addAll("text-small", "text-muted");
        hint.setWrapText(true);

        Button publish = new Button("Publish");
        publish.setId("publish-run");
        publish.getStyleClass().add("accent");
        publish.disableProperty().bind(model.running);
        publish.setOnAction(e -> controller.publish());
        Button cancel = new Button("Cancel");
        cancel.setId("publish-cancel");
        cancel.disableProperty().bind(model.running.not());
        cancel.setOnAction(e -> controller.cancel());
        ProgressBar progress = new ProgressBar();
        progress.setId("publish-progress");
        progress.progressProperty().bind(model.progress);
        progress.visibleProperty().bind(model.running);
        progress.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(progress, Priority.ALWAYS);
        for (Button b : new Button[]{addButton, remove, publish, cancel}) b.setMinWidth(Region.USE_PREF_SIZE);
        HBox run = new HBox(8, publish, cancel, progress);
        run.setAlignment(Pos.CENTER_LEFT);

        Label heading = new Label("Targets");
        heading.getStyleClass().add("title-4");
        VBox box = new VBox(8, heading, list, new HBox(6, add, addButton, remove), hint, run);
        box.setPadding(new Insets(12, 8, 12, 16));
        box.setMinWidth(300);
        return box;
    }

    private static StringConverter<Integer> converter() {
        return new StringConverter<>() {
            @Override
            public String toString(Integer v) {
                return v == null ? "" : "v" + v;
            }

            @Override
            public Integer fromString(String s) {
                return null;
            }
        };
    }
}
