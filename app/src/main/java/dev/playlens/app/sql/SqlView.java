package dev.playlens.app.sql;

import dev.playlens.warehouse.query.ExportFormat;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

import java.io.File;
import java.util.Objects;

/**
 * The SQL workbench: schema tree on the left; the editor with its toolbar (connection, Run, Cancel, elapsed
 * time, Export, Load telemetry) on top; result grid, quick chart and history in tabs below.
 */
public final class SqlView extends BorderPane {
    private final SqlEditor editor;
    private final QuickChart chart;

    public SqlView(SqlModel model, SqlController controller, Runnable manageConnections, Runnable loadTelemetry,
                   Node connectionChooser) {
        setId("sql-screen");
        getStylesheets().add(Objects.requireNonNull(SqlView.class.getResource("sql.css")).toExternalForm());
        editor = new SqlEditor(model, controller::run);
        chart = new QuickChart(model);

        Button run = new Button("Run");
        run.setId("sql-run");
        run.getStyleClass().add("accent");
        run.setTooltip(new Tooltip("Run the selection, or the statement under the cursor (Ctrl+Enter)"));
        run.disableProperty().bind(model.running);
        run.setOnAction(e -> controller.run(editor.statementToRun()));
        Button cancel = new Button("Cancel");
        cancel.setId("sql-cancel");
        cancel.disableProperty().bind(model.running.not());
        cancel.setOnAction(e -> controller.cancel());
        Label status = new Label();
        status.setId("sql-status");
        status.getStyleClass().add("text-muted");
        status.textProperty().bind(model.status);
        status.setMinWidth(0);
        Tooltip statusTip = new Tooltip();
        statusTip.textProperty().bind(model.status);
        statusTip.setWrapText(true);
        statusTip.setMaxWidth(640);
        status.setTooltip(statusTip);
        HBox.setHgrow(status, Priority.ALWAYS);

        MenuButton export = new MenuButton("Export");
        export.setId("sql-export");
        export.disableProperty().bind(model.resultSql.isNull().or(model.running));
        export.getItems().addAll(exportItem("CSV…", ExportFormat.CSV, "csv", controller),
                exportItem("Parquet…", ExportFormat.PARQUET, "parquet", controller),
                exportItem("JSON lines…", ExportFormat.JSON_LINES, "jsonl", controller));
        Button load = new Button("Load telemetry…");
        load.setId("sql-load-telemetry");
        load.setOnAction(e -> loadTelemetry.run());
        Button connections = new Button("Connections…");
        connections.setId("sql-connections");
        connections.setOnAction(e -> manageConnections.run());

        HBox top = new HBox(8, new Label("Connection"), connectionChooser, connections, spacer(), load);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(8, 12, 8, 12));
        top.getStyleClass().add("screen-toolbar");
        HBox runBar = new HBox(8, run, cancel, status, export);
        runBar.setAlignment(Pos.CENTER_LEFT);
        runBar.setPadding(new Insets(6, 12, 6, 12));

        BorderPane editorPane = new BorderPane(editor.node());
        editorPane.setBottom(runBar);
        TabPane tabs = new TabPane(new Tab("Results", new ResultGrid(model)), new Tab("Chart", chart),
                new Tab("History", new HistoryTable(model)));
        tabs.setId("sql-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        SplitPane editorAndResults = new SplitPane(editorPane, tabs);
        editorAndResults.setOrientation(Orientation.VERTICAL);
        editorAndResults.setDividerPositions(0.36);

        Label tablesTitle = new Label("Tables");
        tablesTitle.getStyleClass().add("sql-side-title");
        SchemaTree schema = new SchemaTree(model, editor::insert);
        VBox side = new VBox(4, tablesTitle, schema);
        VBox.setVgrow(schema, Priority.ALWAYS);
        side.setPadding(new Insets(8, 0, 0, 8));
        side.getStyleClass().add("sql-side");
        SplitPane main = new SplitPane(side, editorAndResults);
        main.setDividerPositions(0.2);
        SplitPane.setResizableWithParent(side, false);

        setTop(top);
        setCenter(main);
    }

    private MenuItem exportItem(String text, ExportFormat format, String extension, SqlController controller) {
        MenuItem item = new MenuItem(text);
        item.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Export the result");
            chooser.setInitialFileName("result." + extension);
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(text.replace("…", ""), "*." + extension));
            File file = chooser.showSaveDialog(getScene().getWindow());
            if (file != null) controller.export(file.toPath(), format);
        });
        return item;
    }

    private static Region spacer() {
        Region r = new Region();
        HBox.setHgrow(r, Priority.ALWAYS);
        return r;
    }

    SqlEditor editor() {
        return editor;
    }

    QuickChart chart() {
        return chart;
    }
}
