package dev.playlens.app.heatmaps;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.shape.SVGPath;
import javafx.stage.Popup;

import java.util.ArrayList;
import java.util.List;

/**
 * Picks one or more app versions: a button reading "1.0, 1.1" (or "All versions") that opens a list of check
 * boxes under it. Plain keyboard use: Space, Enter or Alt+Down opens it, arrows or Tab move, Space ticks,
 * Enter or Escape closes. Ticking nothing, or "All versions", means every version.
 */
final class VersionPicker extends Button {
    private static final String ROW = "-fx-padding: 3 8 3 4; -fx-background-radius: 4;";
    /** A popup's window never has the focus, so its focused box shows no focus ring: mark it ourselves. */
    private static final String FOCUSED_ROW = ROW + " -fx-background-color: -color-accent-subtle;";
    private final ObservableList<String> versions;
    private final ObjectProperty<List<String>> picked;
    private final Popup popup = new Popup();
    private final VBox list = new VBox(2);
    private final CheckBox all = new CheckBox(HeatmapsModel.ALL_VERSIONS);

    VersionPicker(String id, ObservableList<String> versions, ObjectProperty<List<String>> picked, double width) {
        this.versions = versions;
        this.picked = picked;
        setId(id);
        setPrefWidth(width);
        setMaxWidth(width);
        setMnemonicParsing(false);
        var text = Bindings.createStringBinding(() -> HeatmapRequests.versionsLabel(picked.get()), picked);
        accessibleTextProperty().bind(Bindings.concat("Versions: ", text)); // the value sits in a graphic
        setGraphic(face(text));
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        setAlignment(Pos.CENTER_LEFT);
        setStyle("-color-button-bg: -color-bg-default;"); // the combo boxes' field colour, not a button's
        all.setId(id + "-all");
        all.setStyle(ROW);
        all.setMaxWidth(Double.MAX_VALUE);
        all.setOnAction(e -> {
            picked.set(List.of());
            refresh(); // ticking "All versions" again leaves the value as it was: put the tick back
        });
        list.setPadding(new Insets(6, 8, 6, 6));
        list.setStyle("-fx-background-color: -color-bg-overlay; -fx-border-color: -color-border-default;"
                + " -fx-background-radius: 6; -fx-border-radius: 6;");
        // a filter, so the check boxes' own arrow-key traversal does not compete with this one
        list.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.UP) {
                moveFocus(e.getCode() == KeyCode.DOWN ? 1 : -1);
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER) {
                popup.hide();
                e.consume();
            }
        });
        popup.getContent().add(list);
        popup.getScene().focusOwnerProperty().addListener((o, was, now) -> {
            if (was instanceof CheckBox) was.setStyle(ROW);
            if (now instanceof CheckBox) now.setStyle(FOCUSED_ROW);
        });
        popup.setAutoHide(true);
        popup.setOnHidden(e -> requestFocus());
        setOnAction(e -> toggle());
        // Enter, F4 and Alt+Down open it too, as they do a combo box (Space already fires a button)
        addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.F4
                    || e.getCode() == KeyCode.DOWN && e.isAltDown()) {
                toggle();
                e.consume();
            }
        });
        versions.addListener((ListChangeListener<String>) c -> rebuild());
        picked.addListener((o, was, now) -> refresh());
        rebuild();
    }

    /** Looks like the combo boxes beside it: the value on the left, a down arrow on the right. */
    private HBox face(javafx.beans.binding.StringBinding text) {
        Label value = new Label();
        value.textProperty().bind(text);
        value.setTextOverrun(OverrunStyle.ELLIPSIS);
        value.setMinWidth(0);
        value.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(value, Priority.ALWAYS);
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(text);
        setTooltip(tip);
        SVGPath arrow = new SVGPath();
        arrow.setContent("M0 0 L8 0 L4 5 Z");
        arrow.setStyle("-fx-fill: -color-fg-muted;");
        HBox face = new HBox(6, value, arrow);
        face.setAlignment(Pos.CENTER_LEFT);
        // the button's width less its left and right padding
        face.prefWidthProperty().bind(widthProperty().subtract(Bindings.createDoubleBinding(
                () -> getPadding().getLeft() + getPadding().getRight(), paddingProperty())));
        return face;
    }

    /** The id of a version's check box: the picker's id and the version, with dots made CSS-safe. */
    static String optionId(String pickerId, String version) {
        return pickerId + "-" + version.replaceAll("[^A-Za-z0-9_-]", "_");
    }

    boolean isShowing() {
        return popup.isShowing();
    }

    private void toggle() {
        if (popup.isShowing()) {
            popup.hide();
            return;
        }
        Bounds b = localToScreen(getBoundsInLocal());
        if (b == null) return;
        list.setMinWidth(getWidth());
        popup.show(this, b.getMinX(), b.getMaxY() + 2);
        list.getChildren().stream().filter(n -> n instanceof CheckBox).findFirst().ifPresent(n -> n.requestFocus());
    }

    private void rebuild() {
        List<javafx.scene.Node> rows = new ArrayList<>(List.of(all, new Separator()));
        for (String v : versions) {
            CheckBox box = new CheckBox(v);
            box.setId(optionId(getId(), v));
            box.setMnemonicParsing(false);
            box.setStyle(ROW);
            box.setMaxWidth(Double.MAX_VALUE);
            box.setOnAction(e -> pick(v, box.isSelected()));
            rows.add(box);
        }
        list.getChildren().setAll(rows);
        refresh();
    }

    private void pick(String version, boolean on) {
        List<String> next = versions.stream()
                .filter(v -> v.equals(version) ? on : picked.get().contains(v)).toList();
        picked.set(next);
        refresh();
    }

    /** Ticks follow the model (set by the controller, a saved state or this popup). */
    private void refresh() {
        List<String> now = picked.get();
        all.setSelected(now.isEmpty());
        for (javafx.scene.Node n : list.getChildren()) {
            if (n instanceof CheckBox box && box != all) box.setSelected(now.contains(box.getText()));
        }
    }

    private void moveFocus(int step) {
        List<CheckBox> boxes = list.getChildren().stream().filter(n -> n instanceof CheckBox).map(n -> (CheckBox) n)
                .toList();
        int at = 0;
        for (int i = 0; i < boxes.size(); i++) if (boxes.get(i).isFocused()) at = i;
        boxes.get(Math.floorMod(at + step, boxes.size())).requestFocus();
    }
}
