package dev.playlens.app.models;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

import java.io.File;
import java.util.List;

/** Data (feature query, table, SQL or file), the label and its positive value, and the feature checklist. */
final class DataPane extends VBox {

    DataPane(ModelsModel model, ModelsController controller) {
        super(8);
        ComboBox<DataKind> kind = new ComboBox<>();
        kind.getItems().setAll(DataKind.values());
        kind.setId("models-data-kind");
        kind.valueProperty().bindBidirectional(model.dataKind);
        kind.setMaxWidth(Double.MAX_VALUE);

        VBox featureQuery = featureQuery(model);
        ComboBox<String> table = new ComboBox<>(model.tables);
        table.setId("models-table");
        table.setEditable(true);
        table.setPromptText("table name");
        table.valueProperty().bindBidirectional(model.table);
        table.setMaxWidth(Double.MAX_VALUE);
        TextArea sql = new TextArea();
        sql.setId("models-sql");
        sql.getStyleClass().add("sql-editor");
        sql.textProperty().bindBidirectional(model.sql);
        sql.setPrefRowCount(5);
        HBox file = file(model);
        VBox source = new VBox(6);
        Runnable showSource = () -> source.getChildren().setAll(switch (model.dataKind.get()) {
            case FEATURE_QUERY -> featureQuery;
            case TABLE -> table;
            case QUERY -> sql;
            case FILE -> file;
        });
        model.dataKind.addListener((o, was, now) -> showSource.run());
        showSource.run();

        Button load = new Button("Load");
        load.setId("models-load");
        load.disableProperty().bind(model.running);
        load.setOnAction(e -> controller.loadData());
        Label summary = new Label();
        summary.getStyleClass().addAll("text-muted", "text-small");
        summary.setWrapText(true);
        summary.textProperty().bind(model.dataSummary);

        ComboBox<String> label = new ComboBox<>(model.columns);
        label.setId("models-label");
        label.valueProperty().bindBidirectional(model.label);
        label.setPrefWidth(170);
        ComboBox<String> positive = new ComboBox<>(model.labelValues);
        positive.setId("models-positive");
        positive.valueProperty().bindBidirectional(model.positive);
        positive.setPrefWidth(120);
        HBox labelRow = new HBox(8, new VBox(2, small("Label column"), label), new VBox(2, small("Positive value"), positive));

        getChildren().addAll(ModelsView.section("Data"), kind, source, new HBox(8, load), summary,
                ModelsView.section("Label"), labelRow, ModelsView.section("Features"), features(model));
    }

    private static VBox featureQuery(ModelsModel model) {
        DatePicker from = new DatePicker();
        from.valueProperty().bindBidirectional(model.windowFrom);
        from.setPromptText("auto");
        from.setPrefWidth(130);
        DatePicker to = new DatePicker();
        to.valueProperty().bindBidirectional(model.windowTo);
        to.setPromptText("auto");
        to.setPrefWidth(130);
        Spinner<Integer> horizon = new Spinner<>(1, 365, model.horizonDays.get());
        horizon.setEditable(true);
        horizon.setPrefWidth(80);
        horizon.valueProperty().addListener((o, was, now) -> model.horizonDays.set(now));
        Label hint = small("One row per player active in the window; labels churned and paid_next look at the "
                + "horizon after it. Empty dates take the newest data.");
        hint.setWrapText(true);
        return new VBox(6, new HBox(8, new VBox(2, small("From"), from), new VBox(2, small("To"), to),
                new VBox(2, small("Horizon (days)"), horizon)), hint);
    }

    private static HBox file(ModelsModel model) {
        TextField path = new TextField();
        path.setId("models-file");
        path.setPromptText("/path/to/data.csv or .parquet");
        path.textProperty().bindBidirectional(model.file);
        HBox.setHgrow(path, Priority.ALWAYS);
        Button browse = new Button("Browse…");
        browse.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV or Parquet", "*.csv", "*.csv.gz", "*.parquet"));
            File f = chooser.showOpenDialog(browse.getScene().getWindow());
            if (f != null) model.file.set(f.getAbsolutePath());
        });
        HBox box = new HBox(6, path, browse);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static Node features(ModelsModel model) {
        TableView<FeatureRow> t = new TableView<>(model.features);
        t.setId("models-features");
        t.setEditable(true);
        t.setPlaceholder(new Label("Load data to see its columns"));
        TableColumn<FeatureRow, Boolean> use = new TableColumn<>("Use");
        use.setCellValueFactory(c -> c.getValue().useProperty());
        use.setCellFactory(CheckBoxTableCell.forTableColumn(use));
        use.setEditable(true);
        use.setPrefWidth(46);
        TableColumn<FeatureRow, String> name = new TableColumn<>("Column");
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        name.setPrefWidth(112);
        TableColumn<FeatureRow, String> type = new TableColumn<>("Type");
        type.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().type()));
        type.setPrefWidth(70);
        TableColumn<FeatureRow, Integer> missing = new TableColumn<>("Missing");
        missing.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().missing()));
        missing.setPrefWidth(80);
        TableColumn<FeatureRow, Integer> distinct = new TableColumn<>("Distinct");
        distinct.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().distinct()));
        distinct.setPrefWidth(78);
        t.getColumns().setAll(List.of(use, name, type, missing, distinct));
        t.setPrefHeight(240);
        return t;
    }

    static Label small(String text) {
        Label l = new Label(text);
        l.setMinWidth(Label.USE_PREF_SIZE);
        l.getStyleClass().addAll("text-muted", "text-small");
        return l;
    }
}
