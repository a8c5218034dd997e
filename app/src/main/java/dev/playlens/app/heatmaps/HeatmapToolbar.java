package dev.playlens.app.heatmaps;

import dev.playlens.app.shell.LabelledField;
import dev.playlens.heatmap.BinShape;
import dev.playlens.heatmap.Normalization;
import dev.playlens.heatmap.Reduce;
import dev.playlens.heatmap.render.ColorMap;
import dev.playlens.heatmap.render.ColorScale;
import javafx.beans.binding.Bindings;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.util.Locale;
import java.util.function.Function;

/** The filter and style controls above the map, bound to {@link HeatmapsModel}. */
final class HeatmapToolbar extends FlowPane {

    HeatmapToolbar(HeatmapsModel model) {
        super(14, 8);
        getStyleClass().add("screen-toolbar");
        setPadding(new Insets(10, 16, 10, 16));

        ComboBox<LevelMap> level = new ComboBox<>(model.levels);
        level.setId("heatmap-level");
        level.valueProperty().bindBidirectional(model.level);
        var thumbnails = LevelCell.cache();
        level.setCellFactory(list -> new LevelCell(thumbnails));
        level.setButtonCell(new LevelCell(thumbnails));
        level.setPrefWidth(220);

        ComboBox<String> eventType = strings("heatmap-event-type", model.eventTypes, model.eventType, 150);
        VersionPicker versionA = new VersionPicker("heatmap-version", model.versions, model.versionsA, 150);
        VersionPicker versionB = new VersionPicker("heatmap-version-b", model.versions, model.versionsB, 150);
        ComboBox<CompareMode> mode = choice("heatmap-compare", CompareMode.values(), model.mode, Object::toString, 170);
        Node versionBField = LabelledField.of("Version B", versionB);
        ComboBox<Normalization> normalise = choice("heatmap-normalise", Normalization.values(), model.normalization,
                HeatmapToolbar::normalisation, 120);
        normalise.setTooltip(new javafx.scene.control.Tooltip("Per player: % of the level's players with an event in"
                + " the bin (per session: % of sessions), so versions with different player counts compare fairly"));
        versionBField.visibleProperty().bind(model.mode.isNotEqualTo(CompareMode.OFF));
        versionBField.managedProperty().bind(versionBField.visibleProperty());

        DatePicker from = new DatePicker();
        from.setId("heatmap-from");
        from.valueProperty().bindBidirectional(model.from);
        from.setPrefWidth(130);
        DatePicker to = new DatePicker();
        to.setId("heatmap-to");
        to.valueProperty().bindBidirectional(model.to);
        to.setPrefWidth(130);

        ComboBox<BinShape> shape = choice("heatmap-shape", BinShape.values(), model.shape, HeatmapToolbar::lower, 100);
        ComboBox<Reduce> reduce = choice("heatmap-reduce", Reduce.values(), model.reduce, HeatmapToolbar::lower, 90);
        ComboBox<ColorMap> colorMap = choice("heatmap-colormap", ColorMap.values(), model.colorMap, ColorMap::id, 110);
        ComboBox<ColorScale> scale = choice("heatmap-scale", ColorScale.values(), model.scale, HeatmapToolbar::lower, 90);

        Slider bin = new Slider();
        bin.setId("heatmap-bin-size");
        // Not bound: a Slider moves its max itself when the min passes it, which a bound max would refuse
        // (switching from a 1,000-unit level to an 816,000-unit one does exactly that).
        javafx.beans.InvalidationListener range = o -> {
            double lo = model.binSizeMin.get(), hi = model.binSizeMax.get();
            if (lo > bin.getMax()) {
                bin.setMax(Math.max(lo, hi));
                bin.setMin(lo);
            } else {
                bin.setMin(lo);
                bin.setMax(Math.max(lo, hi));
            }
        };
        model.binSizeMin.addListener(range);
        model.binSizeMax.addListener(range);
        range.invalidated(null);
        // The slider moves freely; the model gets a rounded size so titles and bins read well (5, 6, 8, 10…).
        bin.setValue(model.binSize.get());
        bin.valueProperty().addListener((o, was, now) -> model.binSize.set(HeatmapRequests.roundBinSize(now.doubleValue())));
        model.binSize.addListener((o, was, now) -> {
            if (Math.abs(HeatmapRequests.roundBinSize(bin.getValue()) - now.doubleValue()) > 1e-12) bin.setValue(now.doubleValue());
        });
        Slider smoothing = slider("heatmap-smoothing", 0, 4, model.smoothing);
        Slider opacity = slider("heatmap-opacity", 0.1, 1, model.opacity);

        getChildren().addAll(
                LabelledField.of("Level", level),
                LabelledField.of("Event", eventType),
                versionField(model, versionA),
                LabelledField.of("Compare", mode),
                versionBField,
                LabelledField.of("Normalise", normalise),
                LabelledField.of("From (UTC)", from),
                LabelledField.of("To (UTC)", to),
                LabelledField.of("Shape", shape),
                LabelledField.of("Bin size (world units)",
                        sliderRow(bin, valueLabel(model.binSize, v -> HeatmapsController.formatSize(v)))),
                LabelledField.of("Reduce", reduce),
                LabelledField.of("Smoothing (bins)", sliderRow(smoothing, valueLabel(model.smoothing,
                        v -> v < 0.05 ? "off" : String.format(Locale.ROOT, "σ %.1f", v)))),
                LabelledField.of("Colours", colorMap),
                LabelledField.of("Scale", scale),
                LabelledField.of("Opacity", sliderRow(opacity, valueLabel(model.opacity,
                        v -> String.format(Locale.ROOT, "%d %%", Math.round(v * 100))))));
    }

    private static ComboBox<String> strings(String id, ObservableList<String> items, StringProperty value, double width) {
        ComboBox<String> box = new ComboBox<>(items);
        box.setId(id);
        box.valueProperty().bindBidirectional(value);
        box.setPrefWidth(width);
        return box;
    }

    private static <T> ComboBox<T> choice(String id, T[] values, ObjectProperty<T> value, Function<T, String> name,
                                          double width) {
        ComboBox<T> box = new ComboBox<>(FXCollections.observableArrayList(values));
        box.setId(id);
        box.valueProperty().bindBidirectional(value);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : name.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        });
        box.setPrefWidth(width);
        return box;
    }

    private static Slider slider(String id, double min, double max, DoubleProperty value) {
        Slider s = new Slider(min, max, value.get());
        s.setId(id);
        s.valueProperty().bindBidirectional(value);
        s.setPrefWidth(110);
        return s;
    }

    private static Label valueLabel(DoubleProperty value, Function<Double, String> format) {
        Label l = new Label();
        l.setMinWidth(44);
        l.textProperty().bind(Bindings.createStringBinding(() -> format.apply(value.get()), value));
        return l;
    }

    static String normalisation(Normalization n) {
        return switch (n) {
            case NONE -> "none";
            case PER_PLAYER -> "per player";
            case PER_SESSION -> "per session";
        };
    }

    private static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }

    /** A slider and its value, as tall as the combo boxes so that all field labels line up. */
    private static HBox sliderRow(Slider slider, Label value) {
        HBox row = new HBox(6, slider, value);
        row.setAlignment(Pos.CENTER_LEFT);
        row.setMinHeight(34);
        return row;
    }

    /** "Version", or "Version A" when comparing. */
    private static VBox versionField(HeatmapsModel model, Node control) {
        VBox box = LabelledField.of("Version", control);
        ((Label) box.getChildren().getFirst()).textProperty().bind(Bindings.when(model.mode.isEqualTo(CompareMode.OFF))
                .then("Version").otherwise("Version A"));
        return box;
    }
}
