package dev.playlens.app.heatmaps;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.nio.file.Path;
import java.util.Locale;

/** The Heatmaps screen: controls on top, the map in the middle, calibration on the right, read-outs below. */
public final class HeatmapsView extends BorderPane {

    public HeatmapsView(HeatmapsModel model, HeatmapsController controller, HeatmapActions actions, HeatmapFiles files) {
        getStyleClass().add("heatmaps-screen");
        setId("heatmaps-screen");

        HeatmapCanvas canvas = new HeatmapCanvas(model, controller, actions::importLevel);
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setMaxSize(40, 40);
        spinner.setMouseTransparent(true);
        spinner.visibleProperty().bind(model.busy);
        StackPane.setAlignment(spinner, Pos.TOP_RIGHT);
        StackPane.setMargin(spinner, new Insets(12));
        Label empty = new Label();
        empty.getStyleClass().add("text-muted");
        empty.setWrapText(true);
        empty.setMaxWidth(420);
        empty.setMouseTransparent(true);
        empty.textProperty().bind(model.status);
        empty.visibleProperty().bind(model.frame.isNull().and(model.busy.not()));
        HeatmapLegend legend = new HeatmapLegend(model);
        StackPane.setAlignment(legend, Pos.BOTTOM_LEFT);
        StackPane.setMargin(legend, new Insets(10));
        StackPane center = new StackPane(canvas, legend, spinner, empty);
        center.setPadding(new Insets(8, 12, 4, 12));
        center.setMinSize(0, 0);

        CalibrationPanel calibration = new CalibrationPanel(model, actions);
        calibration.visibleProperty().bind(model.calibrating);
        calibration.managedProperty().bind(model.calibrating);

        Label status = new Label();
        status.setId("heatmap-status");
        status.getStyleClass().add("text-muted");
        status.textProperty().bind(model.status);
        status.setMinWidth(0);
        Label hover = new Label();
        hover.setId("heatmap-hover");
        hover.textProperty().bind(model.hover);
        hover.setMinWidth(0);

        Button addLevel = button("heatmap-add-level", "Add level…", "Add a level image (or drop one on the map)");
        addLevel.setOnAction(e -> {
            Path image = files.levelImage(window());
            if (image != null) actions.importLevel(image);
        });
        ToggleButton calibrate = new ToggleButton("Calibrate");
        calibrate.setId("heatmap-calibrate");
        calibrate.setTooltip(new Tooltip("Map the level image to world coordinates"));
        calibrate.selectedProperty().addListener((o, was, now) -> {
            if (now && !model.calibrating.get()) actions.startCalibrating();
            if (!now && model.calibrating.get()) actions.stopCalibrating();
        });
        model.calibrating.addListener((o, was, now) -> calibrate.setSelected(now));
        Button whole = button("heatmap-whole", "Whole level", "Zoom out to the whole level (double-click the map)");
        whole.setOnAction(e -> controller.resetView());
        Button png = button("heatmap-export-png", "Export PNG…", "The map with its title and colour legend");
        png.setOnAction(e -> export(model, actions, files, "png"));
        Button csv = button("heatmap-export-csv", "Export CSV…", "The bins: x_index, y_index, value (B − A when comparing)");
        csv.setOnAction(e -> export(model, actions, files, "csv"));
        HBox tools = new HBox(6, addLevel, calibrate, whole, png, csv);
        tools.setAlignment(Pos.CENTER_RIGHT);

        VBox readouts = new VBox(2, hover, status);
        readouts.setMinWidth(0);
        HBox.setHgrow(readouts, Priority.ALWAYS);
        tools.setMinWidth(Region.USE_PREF_SIZE);
        HBox footer = new HBox(12, readouts, tools);
        footer.setPadding(new Insets(6, 16, 10, 16));
        footer.setAlignment(Pos.CENTER_LEFT);

        setTop(new HeatmapToolbar(model));
        setCenter(center);
        setRight(calibration);
        setBottom(footer);
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    private void export(HeatmapsModel model, HeatmapActions actions, HeatmapFiles files, String extension) {
        String level = model.level.get() == null ? "heatmap" : model.level.get().id();
        Path target = files.exportTarget(window(), level + "-heatmap." + extension);
        if (target == null) return;
        if (!target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith("." + extension)) {
            target = target.resolveSibling(target.getFileName() + "." + extension);
        }
        actions.export(target);
    }

    private static Button button(String id, String text, String tip) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        return b;
    }
}
