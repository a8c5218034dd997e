package dev.playlens.app.models;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** One column of the loaded data in the feature checklist: its type, missing and distinct counts, and whether to use it. */
public final class FeatureRow {
    private final String name;
    private final String type;
    private final int missing;
    private final int distinct;
    private final BooleanProperty use = new SimpleBooleanProperty(true);

    public FeatureRow(String name, String type, int missing, int distinct) {
        this.name = name;
        this.type = type;
        this.missing = missing;
        this.distinct = distinct;
    }

    public String name() {
        return name;
    }

    public String type() {
        return type;
    }

    public int missing() {
        return missing;
    }

    public int distinct() {
        return distinct;
    }

    public BooleanProperty useProperty() {
        return use;
    }
}
