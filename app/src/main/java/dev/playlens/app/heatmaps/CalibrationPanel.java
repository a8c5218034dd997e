package dev.playlens.app.heatmaps;

import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import java.util.Locale;

/**
 * The calibration editor beside the map: the world rectangle covering the level image, or three reference
 * points clicked on the level with their world coordinates typed in. Saved per level in the workspace.
 */
final class CalibrationPanel extends VBox {

    CalibrationPanel(HeatmapsModel model, HeatmapActions actions) {
        super(10);
        setId("heatmap-calibration");
        setPadding(new Insets(14));
        setPrefWidth(340);
        setMinWidth(340);
        getStyleClass().add("heatmap-calibration");
        CalibrationDraft d = model.calibration;

        Label title = new Label("Calibration");
        title.getStyleClass().add("title-4");
        Label level = new Label();
        level.getStyleClass().add("text-muted");
        level.textProperty().bind(Bindings.createStringBinding(
                () -> model.level.get() == null ? "" : model.level.get().name(), model.level));

        ToggleGroup kind = new ToggleGroup();
        RadioButton rect = new RadioButton("World rectangle");
        rect.setId("calibration-rectangle");
        RadioButton points = new RadioButton("Three reference points");
        points.setId("calibration-points");
        rect.setToggleGroup(kind);
        points.setToggleGroup(kind);
        points.setSelected(d.usePoints.get());
        rect.setSelected(!d.usePoints.get());
        d.usePoints.addListener((o, was, now) -> (now ? points : rect).setSelected(true));
        kind.selectedToggleProperty().addListener((o, was, now) -> d.usePoints.set(now == points));

        GridPane rectFields = new GridPane();
        rectFields.setHgap(8);
        rectFields.setVgap(6);
        rectFields.addRow(0, new Label("Top-left"), number("calibration-x0", d.x0, "X0"), number("calibration-y0", d.y0, "Y0"));
        rectFields.addRow(1, new Label("Bottom-right"), number("calibration-x1", d.x1, "X1"), number("calibration-y1", d.y1, "Y1"));
        CheckBox flip = new CheckBox("World Y grows upward (flip)");
        flip.setId("calibration-flip");
        flip.selectedProperty().bindBidirectional(d.flipY);
        VBox rectBox = new VBox(8, rectFields, flip);
        show(rectBox, !d.usePoints.get());
        d.usePoints.addListener((o, was, now) -> show(rectBox, !now));

        Label help = new Label("Pick a point, click its place on the level, then type its world position. "
                + "Spread the three points over the level.");
        help.setWrapText(true);
        help.getStyleClass().addAll("text-small", "text-muted");
        GridPane pointFields = new GridPane();
        pointFields.setHgap(6);
        pointFields.setVgap(6);
        pointFields.addRow(0, new Label(""), new Label("Image px"), new Label("World x"), new Label("World y"));
        ToggleGroup selected = new ToggleGroup();
        for (int i = 0; i < CalibrationDraft.POINTS; i++) {
            CalibrationDraft.Point p = d.points.get(i);
            int index = i;
            ToggleButton pick = new ToggleButton(String.valueOf(i + 1));
            pick.setId("calibration-pick-" + (i + 1));
            pick.setToggleGroup(selected);
            pick.setSelected(d.selected.get() == i);
            pick.setOnAction(e -> d.selected.set(index));
            d.selected.addListener((o, was, now) -> pick.setSelected(now.intValue() == index));
            Label image = new Label();
            image.setId("calibration-image-" + (i + 1));
            image.setMinWidth(80);
            image.textProperty().bind(Bindings.createStringBinding(() -> p.picked()
                    ? String.format(Locale.ROOT, "%.0f, %.0f", p.imageX.get(), p.imageY.get()) : "click…", p.imageX, p.imageY));
            pointFields.addRow(i + 1, pick, image, number("calibration-wx-" + (i + 1), p.worldX, "x"),
                    number("calibration-wy-" + (i + 1), p.worldY, "y"));
        }
        VBox pointBox = new VBox(8, help, pointFields);
        show(pointBox, d.usePoints.get());
        d.usePoints.addListener((o, was, now) -> show(pointBox, now));

        Label message = new Label();
        message.setId("calibration-message");
        message.setWrapText(true);
        message.textProperty().bind(d.message);
        Button check = new Button("Check");
        check.setId("calibration-check");
        check.setOnAction(e -> actions.check());
        Button save = new Button("Save");
        save.setId("calibration-save");
        save.setDefaultButton(true);
        save.getStyleClass().add("accent");
        save.setOnAction(e -> actions.save());
        Button reset = new Button("Use levels file");
        reset.setId("calibration-reset");
        reset.setOnAction(e -> actions.reset());
        Button close = new Button("Close");
        close.setId("calibration-close");
        close.setOnAction(e -> actions.stopCalibrating());
        HBox buttons = new HBox(6, save, check, reset);
        buttons.setAlignment(Pos.CENTER_LEFT);

        getChildren().addAll(title, level, rect, points, rectBox, pointBox, buttons, message, close);
    }

    private static TextField number(String id, StringProperty value, String prompt) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        f.setPrefColumnCount(7);
        f.textProperty().bindBidirectional(value);
        return f;
    }

    private static void show(Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }
}
