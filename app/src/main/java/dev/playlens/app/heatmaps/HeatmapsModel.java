package dev.playlens.app.heatmaps;

import dev.playlens.heatmap.BinShape;
import dev.playlens.heatmap.Normalization;
import dev.playlens.heatmap.Reduce;
import dev.playlens.heatmap.render.ColorMap;
import dev.playlens.heatmap.render.ColorScale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.image.Image;

import java.time.LocalDate;
import java.util.List;

/** The Heatmaps screen's state: the single source of truth the view binds to and the controller drives. */
public final class HeatmapsModel {
    /** What a version picker shows when nothing is ticked: every version counts. */
    public static final String ALL_VERSIONS = "All versions";

    final ObservableList<LevelMap> levels = FXCollections.observableArrayList();
    final ObjectProperty<LevelMap> level = new SimpleObjectProperty<>();
    final ObservableList<String> eventTypes = FXCollections.observableArrayList();
    final StringProperty eventType = new SimpleStringProperty("player_death");
    /** The chosen level's app versions, for the pickers. */
    final ObservableList<String> versions = FXCollections.observableArrayList();
    /** The versions of the map (A when comparing); empty = all versions. */
    final ObjectProperty<List<String>> versionsA = new SimpleObjectProperty<>(List.of());
    /** The versions of B when comparing; empty = all versions. */
    final ObjectProperty<List<String>> versionsB = new SimpleObjectProperty<>(List.of());
    /** Counts as share of the players or sessions, so version sets of different sizes compare fairly. */
    final ObjectProperty<Normalization> normalization = new SimpleObjectProperty<>(Normalization.NONE);
    final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    final ObjectProperty<BinShape> shape = new SimpleObjectProperty<>(BinShape.SQUARE);
    /** Bin size in world units at the whole-level view; its range follows the level's world size. */
    final DoubleProperty binSize = new SimpleDoubleProperty(1);
    final DoubleProperty binSizeMin = new SimpleDoubleProperty(0.1);
    final DoubleProperty binSizeMax = new SimpleDoubleProperty(10);
    final ObjectProperty<Reduce> reduce = new SimpleObjectProperty<>(Reduce.SUM);
    /** Gaussian smoothing sigma in bins, 0 = off. */
    final DoubleProperty smoothing = new SimpleDoubleProperty(0);
    final ObjectProperty<ColorMap> colorMap = new SimpleObjectProperty<>(ColorMap.INFERNO);
    final ObjectProperty<ColorScale> scale = new SimpleObjectProperty<>(ColorScale.LINEAR);
    final DoubleProperty opacity = new SimpleDoubleProperty(0.9);
    final ObjectProperty<CompareMode> mode = new SimpleObjectProperty<>(CompareMode.OFF);

    final ObjectProperty<ViewState> view = new SimpleObjectProperty<>();
    final IntegerProperty canvasWidth = new SimpleIntegerProperty();
    final IntegerProperty canvasHeight = new SimpleIntegerProperty();
    final ObjectProperty<HeatmapFrame> frame = new SimpleObjectProperty<>();
    /** One image per panel of the frame (two side by side). */
    final ObservableList<Image> panelImages = FXCollections.observableArrayList();
    final StringProperty hover = new SimpleStringProperty("");
    final BooleanProperty calibrating = new SimpleBooleanProperty();
    final CalibrationDraft calibration = new CalibrationDraft();

    final LongProperty events = new SimpleLongProperty(-1);
    final BooleanProperty busy = new SimpleBooleanProperty();
    final StringProperty status = new SimpleStringProperty("");
    /** Counts finished renders; the screenshot and tests wait for them. */
    final IntegerProperty renders = new SimpleIntegerProperty();

    public ObservableList<LevelMap> levels() {
        return levels;
    }

    public ObjectProperty<LevelMap> levelProperty() {
        return level;
    }

    public StringProperty eventTypeProperty() {
        return eventType;
    }

    public ObjectProperty<List<String>> versionsAProperty() {
        return versionsA;
    }

    public ObjectProperty<List<String>> versionsBProperty() {
        return versionsB;
    }

    public ObjectProperty<Normalization> normalizationProperty() {
        return normalization;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ObjectProperty<BinShape> shapeProperty() {
        return shape;
    }

    public DoubleProperty binSizeProperty() {
        return binSize;
    }

    public ObjectProperty<Reduce> reduceProperty() {
        return reduce;
    }

    public DoubleProperty smoothingProperty() {
        return smoothing;
    }

    public ObjectProperty<ColorMap> colorMapProperty() {
        return colorMap;
    }

    public ObjectProperty<ColorScale> scaleProperty() {
        return scale;
    }

    public DoubleProperty opacityProperty() {
        return opacity;
    }

    public ObjectProperty<CompareMode> modeProperty() {
        return mode;
    }

    public ObjectProperty<ViewState> viewProperty() {
        return view;
    }

    public ObjectProperty<HeatmapFrame> frameProperty() {
        return frame;
    }

    public ObservableList<Image> panelImages() {
        return panelImages;
    }

    public StringProperty hoverProperty() {
        return hover;
    }

    public BooleanProperty calibratingProperty() {
        return calibrating;
    }

    public CalibrationDraft calibration() {
        return calibration;
    }

    public LongProperty eventsProperty() {
        return events;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public IntegerProperty rendersProperty() {
        return renders;
    }
}
