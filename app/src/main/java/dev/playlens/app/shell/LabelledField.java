package dev.playlens.app.shell;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** A form control with its small, muted label above it: how the screens' toolbars and forms show a setting. */
public final class LabelledField {
    private LabelledField() {
    }

    public static VBox of(String label, Node control) {
        Label l = new Label(label);
        l.getStyleClass().addAll("text-small", "text-muted");
        VBox box = new VBox(4, l, control);
        box.setAlignment(Pos.TOP_LEFT);
        return box;
    }
}
