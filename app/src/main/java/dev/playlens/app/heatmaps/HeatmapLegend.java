package dev.playlens.app.heatmaps;

import dev.playlens.heatmap.render.ValueScale;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;

/** The colour bar over the map's corner: what a colour means, with the ticks of the frame's scale. */
final class HeatmapLegend extends VBox {
    private static final double BAR_WIDTH = 256;
    private static final int BAR_HEIGHT = 10;
    private final Label unit = new Label();
    private final ImageView bar = new ImageView();
    private final Pane ticks = new Pane();

    HeatmapLegend(HeatmapsModel model) {
        super(4);
        setId("heatmap-legend");
        setPadding(new Insets(6, 10, 6, 10));
        setMaxSize(BAR_WIDTH + 20, USE_PREF_SIZE);
        setStyle("-fx-background-color: rgba(20,22,25,0.78); -fx-background-radius: 6;");
        setMouseTransparent(true);
        unit.setStyle("-fx-text-fill: #f0f0f0; -fx-font-size: 11px;");
        ticks.setPrefSize(BAR_WIDTH, 14);
        ticks.setMinHeight(14);
        getChildren().addAll(unit, bar, ticks);
        model.frame.addListener((o, was, now) -> show(now));
        visibleProperty().bind(model.frame.isNotNull());
    }

    private void show(HeatmapFrame frame) {
        if (frame == null) return;
        HeatmapFrame.Legend legend = frame.legend();
        unit.setText(legend.unit());
        int w = legend.bar().length;
        WritableImage img = new WritableImage(w, BAR_HEIGHT);
        int[] argb = new int[w * BAR_HEIGHT];
        for (int i = 0; i < argb.length; i++) argb[i] = 0xff000000 | legend.bar()[i % w];
        img.getPixelWriter().setPixels(0, 0, w, BAR_HEIGHT, PixelFormat.getIntArgbInstance(), argb, 0, w);
        bar.setImage(img);
        ticks.getChildren().clear();
        for (ValueScale.Tick t : legend.ticks()) {
            Label l = new Label(t.label());
            l.setStyle("-fx-text-fill: #c8ccd2; -fx-font-size: 10px;");
            l.layoutXProperty().bind(l.widthProperty().multiply(-t.position()).add(t.position() * BAR_WIDTH));
            ticks.getChildren().add(l);
        }
    }
}
