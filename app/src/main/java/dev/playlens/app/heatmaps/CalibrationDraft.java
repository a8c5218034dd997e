package dev.playlens.app.heatmaps;

import dev.playlens.core.level.WorldRect;
import dev.playlens.heatmap.calibration.ReferencePoint;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.ArrayList;
import java.util.List;

/**
 * The calibration editor's fields while the designer edits them: a world rectangle, or three reference points
 * whose image positions are clicked on the level and whose world coordinates are typed in.
 */
public final class CalibrationDraft {
    public static final int POINTS = 3;

    /** One reference point: its image pixel (NaN until clicked) and its world coordinates as typed. */
    public static final class Point {
        final DoubleProperty imageX = new SimpleDoubleProperty(Double.NaN);
        final DoubleProperty imageY = new SimpleDoubleProperty(Double.NaN);
        final StringProperty worldX = new SimpleStringProperty("");
        final StringProperty worldY = new SimpleStringProperty("");

        public DoubleProperty imageXProperty() {
            return imageX;
        }

        public DoubleProperty imageYProperty() {
            return imageY;
        }

        public StringProperty worldXProperty() {
            return worldX;
        }

        public StringProperty worldYProperty() {
            return worldY;
        }

        boolean picked() {
            return !Double.isNaN(imageX.get()) && !Double.isNaN(imageY.get());
        }
    }

    final BooleanProperty usePoints = new SimpleBooleanProperty();
    final StringProperty x0 = new SimpleStringProperty("");
    final StringProperty y0 = new SimpleStringProperty("");
    final StringProperty x1 = new SimpleStringProperty("");
    final StringProperty y1 = new SimpleStringProperty("");
    final BooleanProperty flipY = new SimpleBooleanProperty();
    final List<Point> points = List.of(new Point(), new Point(), new Point());
    /** The point the next click on the level sets. */
    final IntegerProperty selected = new SimpleIntegerProperty(0);
    final StringProperty message = new SimpleStringProperty("");

    /** Fills the fields from the calibration in force. */
    void load(LevelMap level) {
        SavedCalibration saved = level.calibration();
        WorldRect w = saved != null && !saved.usesPoints() ? saved.world() : level.level().world();
        x0.set(number(w.x0()));
        y0.set(number(w.y0()));
        x1.set(number(w.x1()));
        y1.set(number(w.y1()));
        flipY.set(w.flipY());
        usePoints.set(saved != null && saved.usesPoints());
        for (int i = 0; i < POINTS; i++) {
            Point p = points.get(i);
            ReferencePoint r = saved != null && saved.usesPoints() && i < saved.points().size() ? saved.points().get(i) : null;
            p.imageX.set(r == null ? Double.NaN : r.imageX());
            p.imageY.set(r == null ? Double.NaN : r.imageY());
            p.worldX.set(r == null ? "" : number(r.worldX()));
            p.worldY.set(r == null ? "" : number(r.worldY()));
        }
        selected.set(0);
        message.set("");
    }

    /** The calibration the fields describe; the error says which field is wrong. */
    SavedCalibration toCalibration() {
        if (!usePoints.get()) {
            return SavedCalibration.rectangle(new WorldRect(parse(x0.get(), "X0"), parse(y0.get(), "Y0"),
                    parse(x1.get(), "X1"), parse(y1.get(), "Y1"), flipY.get()));
        }
        List<ReferencePoint> refs = new ArrayList<>();
        for (int i = 0; i < POINTS; i++) {
            Point p = points.get(i);
            if (!p.picked()) throw new IllegalArgumentException("point " + (i + 1) + ": click its place on the level");
            refs.add(new ReferencePoint(p.imageX.get(), p.imageY.get(), parse(p.worldX.get(), "point " + (i + 1) + " world x"),
                    parse(p.worldY.get(), "point " + (i + 1) + " world y")));
        }
        return SavedCalibration.referencePoints(refs);
    }

    /** Sets the selected point's image position and moves on to the next point. */
    void pick(double imageX, double imageY) {
        Point p = points.get(selected.get());
        p.imageX.set(imageX);
        p.imageY.set(imageY);
        selected.set((selected.get() + 1) % POINTS);
    }

    public List<Point> points() {
        return points;
    }

    public BooleanProperty usePointsProperty() {
        return usePoints;
    }

    public IntegerProperty selectedProperty() {
        return selected;
    }

    public StringProperty messageProperty() {
        return message;
    }

    private static double parse(String text, String field) {
        try {
            return Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + " is not a number: '" + text + "'");
        }
    }

    static String number(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
