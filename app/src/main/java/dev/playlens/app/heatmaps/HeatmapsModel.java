package dev.playlens.app.heatmaps;

import dev.playlens.core.level.Level;
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

/** The Heatmaps screen's state: the single source of truth the view binds to and the controller drives. */
public final class HeatmapsModel {
    /** The version picker's entry meaning "every version". */
    public static final String ALL_VERSIONS = "All versions";

    final ObservableList<Level> levels = FXCollections.observableArrayList();
    final ObjectProperty<Level> level = new SimpleObjectProperty<>();
    final ObservableList<String> eventTypes = FXCollections.observableArrayList();
    final StringProperty eventType = new SimpleStringProperty("player_death");
    final ObservableList<String> versions = FXCollections.observableArrayList(ALL_VERSIONS);
    final StringProperty version = new SimpleStringProperty(ALL_VERSIONS);
    final ObservableList<String> colorMaps = FXCollections.observableArrayList();
    final StringProperty colorMap = new SimpleStringProperty();
    /** Square bin size in world units; its range follows the level's world size. */
    final DoubleProperty binSize = new SimpleDoubleProperty(1);
    final DoubleProperty binSizeMin = new SimpleDoubleProperty(0.1);
    final DoubleProperty binSizeMax = new SimpleDoubleProperty(10);
    final DoubleProperty opacity = new SimpleDoubleProperty(0.85);

    final ObjectProperty<Image> image = new SimpleObjectProperty<>();
    final LongProperty events = new SimpleLongProperty(-1);
    final BooleanProperty busy = new SimpleBooleanProperty();
    final StringProperty status = new SimpleStringProperty("");
    /** Counts finished renders; the screenshot waits for the first. */
    final IntegerProperty renders = new SimpleIntegerProperty();

    public ObjectProperty<Level> levelProperty() {
        return level;
    }

    public ObservableList<Level> levels() {
        return levels;
    }

    public StringProperty eventTypeProperty() {
        return eventType;
    }

    public StringProperty versionProperty() {
        return version;
    }

    public StringProperty colorMapProperty() {
        return colorMap;
    }

    public DoubleProperty binSizeProperty() {
        return binSize;
    }

    public DoubleProperty opacityProperty() {
        return opacity;
    }

    public ObjectProperty<Image> imageProperty() {
        return image;
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
