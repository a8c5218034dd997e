package dev.playlens.app.heatmaps;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.input.DragEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import javafx.scene.transform.Affine;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The map area: one panel (two side by side), each showing the latest frame. Wheel zooms around the cursor,
 * drag pans, double-click shows the whole level, hovering reads the bin under the cursor, and while
 * calibrating a click places the selected reference point. Until the next frame arrives the shown one is
 * moved and scaled to follow zoom and pan, so the map reacts at once; dropping an image file adds a level.
 */
final class HeatmapCanvas extends Pane {
    private final HeatmapsModel model;
    private final HeatmapsController controller;
    private final List<Panel> panels = new ArrayList<>();
    private double pressX, pressY, lastX, lastY;
    private boolean dragged;

    /** One map panel: the frame's image under a transform, the calibration markers above it. */
    private static final class Panel extends Pane {
        final ImageView image = new ImageView();
        final Affine transform = new Affine();
        final Pane markers = new Pane();
        final Label title = new Label();
        final Polygon outline = new Polygon();

        Panel(int index) {
            setId("heatmap-panel-" + index);
            image.setId(index == 0 ? "heatmap-image" : "heatmap-image-" + index);
            image.getTransforms().add(transform);
            markers.setMouseTransparent(true);
            title.getStyleClass().add("heatmap-panel-title");
            title.setStyle("-fx-background-color: rgba(20,22,25,0.75); -fx-text-fill: white; -fx-background-radius: 4;");
            title.setPadding(new Insets(2, 8, 2, 8));
            title.relocate(8, 8);
            title.setMouseTransparent(true);
            outline.setFill(Color.TRANSPARENT);
            outline.setStroke(Color.WHITE);
            outline.setStrokeWidth(1.5);
            outline.setMouseTransparent(true);
            outline.setVisible(false);
            getChildren().addAll(image, outline, markers, title);
            Rectangle clip = new Rectangle();
            clip.widthProperty().bind(widthProperty());
            clip.heightProperty().bind(heightProperty());
            setClip(clip);
        }
    }

    HeatmapCanvas(HeatmapsModel model, HeatmapsController controller, Consumer<Path> onDropImage) {
        this.model = model;
        this.controller = controller;
        setId("heatmap-canvas");
        getStyleClass().add("heatmap-canvas");
        setMinSize(0, 0);
        for (int i = 0; i < 2; i++) {
            Panel p = new Panel(i);
            panels.add(p);
            getChildren().add(p);
        }
        widthProperty().addListener(o -> sizeChanged());
        heightProperty().addListener(o -> sizeChanged());
        model.mode.addListener(o -> requestLayout());
        model.panelImages.addListener((javafx.collections.ListChangeListener<javafx.scene.image.Image>) c -> refresh());
        model.view.addListener(o -> refresh());
        model.calibrating.addListener(o -> refresh());
        model.calibration.selected.addListener(o -> refresh());
        for (CalibrationDraft.Point p : model.calibration.points) p.imageX.addListener(o -> refresh());

        addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            pressX = lastX = e.getX();
            pressY = lastY = e.getY();
            dragged = false;
        });
        addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            if (Math.hypot(e.getX() - pressX, e.getY() - pressY) > 3) dragged = true;
            if (dragged) {
                controller.pan(e.getX() - lastX, e.getY() - lastY, panelWidth(), getHeight());
                hover(e.getX(), e.getY());
            }
            lastX = e.getX();
            lastY = e.getY();
        });
        addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
        addEventHandler(MouseEvent.MOUSE_MOVED, e -> hover(e.getX(), e.getY()));
        addEventHandler(MouseEvent.MOUSE_EXITED, e -> {
            controller.hover(Double.NaN, Double.NaN);
            outline(null);
        });
        setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) e.acceptTransferModes(TransferMode.COPY);
            e.consume();
        });
        setOnDragDropped(e -> dropped(e, onDropImage));
    }

    private void sizeChanged() {
        model.canvasWidth.set((int) Math.floor(getWidth()));
        model.canvasHeight.set((int) Math.floor(getHeight()));
    }

    private int panelCount() {
        return model.mode.get() == CompareMode.SIDE_BY_SIDE ? 2 : 1;
    }

    double panelWidth() {
        int n = panelCount();
        return Math.max(1, Math.floor((getWidth() - FrameRenderer.GAP * (n - 1)) / n));
    }

    @Override
    protected void layoutChildren() {
        double w = panelWidth();
        for (int i = 0; i < panels.size(); i++) {
            Panel p = panels.get(i);
            boolean shown = i < panelCount();
            p.setVisible(shown);
            p.resizeRelocate(i * (w + FrameRenderer.GAP), 0, w, getHeight());
        }
        refresh();
    }

    /** Places the frame's images and the markers for the current view (they may differ while a render runs). */
    private void refresh() {
        HeatmapFrame f = model.frame.get();
        ViewState v = model.view.get();
        for (int i = 0; i < panels.size(); i++) {
            Panel p = panels.get(i);
            boolean has = f != null && v != null && i < model.panelImages.size() && i < f.panels().size();
            p.image.setImage(has ? model.panelImages.get(i) : null);
            p.title.setText(has && f.panels().size() > 1 || has && f.diff() != null ? f.panels().get(i).title() : "");
            p.title.setVisible(!p.title.getText().isEmpty());
            p.markers.getChildren().clear();
            if (!has) continue;
            var now = v.window(f.imageWidth(), f.imageHeight(), (int) panelWidth(), (int) Math.max(1, getHeight()));
            var then = f.window();
            double k = now.scale() / then.scale();
            p.transform.setToTransform(k, 0, (then.imageX() - now.imageX()) * now.scale(),
                    0, k, (then.imageY() - now.imageY()) * now.scale());
            if (model.calibrating.get() && model.calibration.usePoints.get()) {
                for (int n = 0; n < CalibrationDraft.POINTS; n++) {
                    CalibrationDraft.Point pt = model.calibration.points.get(n);
                    if (!pt.picked()) continue;
                    double x = (pt.imageX.get() - now.imageX()) * now.scale();
                    double y = (pt.imageY.get() - now.imageY()) * now.scale();
                    Circle c = new Circle(x, y, 7, Color.TRANSPARENT);
                    c.setStroke(n == model.calibration.selected.get() ? Color.web("#ffd33d") : Color.WHITE);
                    c.setStrokeWidth(2.5);
                    Text label = new Text(x + 10, y - 8, String.valueOf(n + 1));
                    label.setFill(Color.WHITE);
                    label.setStyle("-fx-font-weight: bold; -fx-font-size: 14px;");
                    p.markers.getChildren().addAll(c, label);
                }
            }
        }
    }

    /** The level-image point under canvas point (x, y), or null outside the panels. */
    double[] imagePoint(double x, double y) {
        HeatmapFrame f = model.frame.get();
        ViewState v = model.view.get();
        if (f == null || v == null) return null;
        double w = panelWidth();
        int index = (int) Math.floor(x / (w + FrameRenderer.GAP));
        double px = x - index * (w + FrameRenderer.GAP);
        if (index < 0 || index >= panelCount() || px > w) return null;
        var window = v.window(f.imageWidth(), f.imageHeight(), (int) w, (int) Math.max(1, getHeight()));
        return new double[]{window.imageX() + px / window.scale(), window.imageY() + y / window.scale()};
    }

    private void hover(double x, double y) {
        double[] p = imagePoint(x, y);
        if (p == null) controller.hover(Double.NaN, Double.NaN);
        else controller.hover(p[0], p[1]);
        outline(p);
    }

    /** Outlines the bin under the cursor in every panel (the same bin side by side), or hides the outline. */
    private void outline(double[] imagePoint) {
        HeatmapFrame f = model.frame.get();
        ViewState v = model.view.get();
        double[] corners = null;
        if (f != null && v != null && imagePoint != null && !model.hover.get().isEmpty()) {
            double[] w = f.world(imagePoint[0], imagePoint[1]);
            corners = BinOutline.corners(f.primaryGrid().layout(), w[0], w[1]);
        }
        for (Panel p : panels) {
            p.outline.setVisible(corners != null);
            if (corners == null) continue;
            var window = v.window(f.imageWidth(), f.imageHeight(), (int) panelWidth(), (int) Math.max(1, getHeight()));
            Double[] points = new Double[corners.length];
            for (int i = 0; i < corners.length; i += 2) {
                double ix = f.calibration().imageX(corners[i], corners[i + 1]);
                double iy = f.calibration().imageY(corners[i], corners[i + 1]);
                points[i] = (ix - window.imageX()) * window.scale();
                points[i + 1] = (iy - window.imageY()) * window.scale();
            }
            p.outline.getPoints().setAll(points);
        }
    }

    private void scrolled(ScrollEvent e) {
        if (e.getDeltaY() == 0) return;
        double w = panelWidth();
        double px = e.getX() % (w + FrameRenderer.GAP);
        controller.zoom(e.getDeltaY() > 0 ? 1.25 : 0.8, px, e.getY(), w, getHeight());
        hover(e.getX(), e.getY());
        e.consume();
    }

    private void clicked(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || dragged) return;
        if (e.getClickCount() == 2 && !model.calibrating.get()) {
            controller.resetView();
            return;
        }
        if (model.calibrating.get() && model.calibration.usePoints.get()) {
            double[] p = imagePoint(e.getX(), e.getY());
            if (p != null) model.calibration.pick(Math.round(p[0] * 10) / 10.0, Math.round(p[1] * 10) / 10.0);
        }
    }

    private void dropped(DragEvent e, Consumer<Path> onDropImage) {
        boolean done = false;
        if (e.getDragboard().hasFiles()) {
            for (File file : e.getDragboard().getFiles()) {
                onDropImage.accept(file.toPath());
                done = true;
                break;
            }
        }
        e.setDropCompleted(done);
        e.consume();
    }
}
