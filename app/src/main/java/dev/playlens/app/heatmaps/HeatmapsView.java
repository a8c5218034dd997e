package dev.playlens.app.heatmaps;

import dev.playlens.core.level.Level;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Slider;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.util.Locale;

/** The Heatmaps screen's controls and image, built in code and bound to {@link HeatmapsModel}. */
public final class HeatmapsView extends BorderPane {

    public HeatmapsView(HeatmapsModel model) {
        getStyleClass().add("heatmaps-screen");
        setId("heatmaps-screen");

        ComboBox<Level> level = new ComboBox<>(model.levels);
        level.setId("heatmap-level");
        level.valueProperty().bindBidirectional(model.level);
        level.setConverter(new StringConverter<>() {
            @Override
            public String toString(Level l) {
                return l == null ? "" : l.name();
            }

            @Override
            public Level fromString(String s) {
                return null;
            }
        });
        level.setPrefWidth(230);

        ComboBox<String> eventType = new ComboBox<>(model.eventTypes);
        eventType.setId("heatmap-event-type");
        eventType.valueProperty().bindBidirectional(model.eventType);
        eventType.setPrefWidth(160);

        ComboBox<String> version = new ComboBox<>(model.versions);
        version.setId("heatmap-version");
        version.valueProperty().bindBidirectional(model.version);
        version.setPrefWidth(130);

        ComboBox<String> colorMap = new ComboBox<>(model.colorMaps);
        colorMap.setId("heatmap-colormap");
        colorMap.valueProperty().bindBidirectional(model.colorMap);
        colorMap.setPrefWidth(120);

        Slider bin = new Slider();
        bin.setId("heatmap-bin-size");
        bin.minProperty().bind(model.binSizeMin);
        bin.maxProperty().bind(model.binSizeMax);
        // The slider moves freely; the model gets a rounded size so titles and bins read well (5, 6, 8, 10…).
        bin.setValue(model.binSize.get());
        bin.valueProperty().addListener((o, was, now) -> model.binSize.set(HeatmapsController.roundBinSize(now.doubleValue())));
        model.binSize.addListener((o, was, now) -> {
            if (Math.abs(HeatmapsController.roundBinSize(bin.getValue()) - now.doubleValue()) > 1e-12) bin.setValue(now.doubleValue());
        });
        bin.setPrefWidth(150);
        Label binValue = new Label();
        binValue.setMinWidth(48);
        binValue.textProperty().bind(Bindings.createStringBinding(
                () -> HeatmapsController.formatSize(model.binSize.get()), model.binSize));

        Slider opacity = new Slider(0.1, 1, 0.85);
        opacity.setId("heatmap-opacity");
        opacity.valueProperty().bindBidirectional(model.opacity);
        opacity.setPrefWidth(110);
        Label opacityValue = new Label();
        opacityValue.setMinWidth(40);
        opacityValue.textProperty().bind(Bindings.createStringBinding(
                () -> String.format(Locale.ROOT, "%d %%", Math.round(model.opacity.get() * 100)), model.opacity));

        FlowPane controls = new FlowPane(18, 8,
                field("Level", level),
                field("Event", eventType),
                field("Version", version),
                field("Colours", colorMap),
                field("Bin size (world units)", sliderRow(bin, binValue)),
                field("Opacity", sliderRow(opacity, opacityValue)));
        controls.setPadding(new Insets(12, 16, 12, 16));
        controls.getStyleClass().add("screen-toolbar");

        ImageView image = new ImageView();
        image.setId("heatmap-image");
        image.setPreserveRatio(true);
        image.setSmooth(true);
        image.imageProperty().bind(model.image);
        StackPane canvas = new StackPane(image);
        canvas.getStyleClass().add("heatmap-canvas");
        canvas.setMinSize(0, 0);
        // Fit the image to the space available, keeping a margin, never upscaling past 2x.
        image.fitWidthProperty().bind(Bindings.createDoubleBinding(
                () -> Math.max(0, canvas.getWidth() - 32), canvas.widthProperty()));
        image.fitHeightProperty().bind(Bindings.createDoubleBinding(
                () -> Math.max(0, canvas.getHeight() - 32), canvas.heightProperty()));

        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setMaxSize(48, 48);
        spinner.visibleProperty().bind(model.busy);
        Label empty = new Label();
        empty.getStyleClass().add("text-muted");
        empty.setWrapText(true);
        empty.setMaxWidth(420);
        empty.textProperty().bind(model.status);
        empty.visibleProperty().bind(model.image.isNull().and(model.busy.not()));
        canvas.getChildren().addAll(spinner, empty);

        Label status = new Label();
        status.setId("heatmap-status");
        status.getStyleClass().add("text-muted");
        status.textProperty().bind(model.status);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox footer = new HBox(8, status, spacer);
        footer.setPadding(new Insets(6, 16, 8, 16));
        footer.setAlignment(Pos.CENTER_LEFT);

        setTop(controls);
        setCenter(canvas);
        setBottom(footer);
    }

    /** A slider and its value, as tall as the combo boxes so that all field labels line up. */
    private static HBox sliderRow(Slider slider, Label value) {
        HBox row = new HBox(6, slider, value);
        row.setAlignment(Pos.CENTER_LEFT);
        row.setMinHeight(34);
        return row;
    }

    private static VBox field(String label, javafx.scene.Node control) {
        Label l = new Label(label);
        l.getStyleClass().addAll("text-small", "text-muted");
        VBox box = new VBox(4, l, control);
        box.setAlignment(Pos.TOP_LEFT);
        return box;
    }
}
