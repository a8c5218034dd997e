package dev.playlens.app.publish;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.Locale;
import java.util.function.Function;

/** The right side of the Publish screen: each target's current version (with the cache rollback) and the history. */
final class PublishTablesView extends VBox {

    PublishTablesView(PublishModel model, PublishController controller) {
        super(8);
        setPadding(new Insets(12, 16, 12, 8));

        TableView<TargetState> states = new TableView<>(model.states);
        states.setId("publish-states");
        states.setPlaceholder(new Label("Add a target to see which version it serves"));
        states.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        states.getColumns().add(column("Target", 220, TargetState::target));
        states.getColumns().add(column("Current", 72, TargetState::currentText));
        TableColumn<TargetState, TargetState> action = new TableColumn<>("Cache pointer");
        action.setPrefWidth(140);
        action.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        action.setCellFactory(c -> new RollbackCell(controller, model));
        states.getColumns().add(action);
        states.getColumns().add(column("Details", 380, TargetState::note)); // last: takes the spare width
        states.setFixedCellSize(34);
        states.setPrefHeight(176);
        states.setMinHeight(110);

        TableView<HistoryRow> history = new TableView<>(model.history);
        history.setId("publish-history");
        history.setPlaceholder(new Label("No publishes yet"));
        history.getColumns().add(column("Time (UTC)", 170, r -> TargetStates.shortTime(r.time()).replace(" UTC", "")));
        history.getColumns().add(column("Model", 90, HistoryRow::model));
        history.getColumns().add(column("Version", 86, r -> "v" + r.version()));
        history.getColumns().add(statusColumn());
        history.getColumns().add(number(column("Rows", 80, r -> String.format(Locale.ROOT, "%,d", r.rows()))));
        history.getColumns().add(number(column("Keys", 80, r -> String.format(Locale.ROOT, "%,d", r.keys()))));
        history.getColumns().add(column("Targets", 320, HistoryRow::targets));
        history.getColumns().add(column("Error", 240, HistoryRow::error));
        VBox.setVgrow(history, Priority.ALWAYS);

        getChildren().addAll(heading("Current version per target"), states, heading("History"), history);
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("title-4");
        return l;
    }

    private static <R> TableColumn<R, String> column(String title, double width, Function<R, String> value) {
        TableColumn<R, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                // Long targets, errors and details are cut to the column; the tooltip shows all of it.
                setTooltip(empty || text == null || text.isEmpty() ? null : new javafx.scene.control.Tooltip(text));
            }
        });
        return c;
    }

    private static <R> TableColumn<R, String> number(TableColumn<R, String> c) {
        c.setStyle("-fx-alignment: CENTER-RIGHT;");
        return c;
    }

    /** ok / cancelled / failed, coloured so a failed publish stands out. */
    private static TableColumn<HistoryRow, String> statusColumn() {
        TableColumn<HistoryRow, String> c = column("Status", 96, HistoryRow::status);
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String status, boolean empty) {
                super.updateItem(status, empty);
                setText(empty ? null : status);
                setStyle(empty || status == null ? "" : switch (status) {
                    case "ok" -> "-fx-text-fill: -color-success-fg;";
                    case "failed" -> "-fx-text-fill: -color-danger-fg;";
                    default -> "-fx-text-fill: -color-warning-fg;";
                });
            }
        });
        return c;
    }

    /** "Roll back to vN" on a cache row that has an older version whose keys are still there. */
    private static final class RollbackCell extends TableCell<TargetState, TargetState> {
        private final Button button = new Button();

        RollbackCell(PublishController controller, PublishModel model) {
            button.getStyleClass().add("small");
            button.setOnAction(e -> controller.rollback(getItem()));
            button.disableProperty().bind(model.running);
        }

        @Override
        protected void updateItem(TargetState state, boolean empty) {
            super.updateItem(state, empty);
            setText(null);
            if (empty || state == null || !state.cache()) {
                setGraphic(null);
                return;
            }
            if (state.switchTo() == null) {
                setGraphic(null);
                setText(state.current() == null ? "" : "no other version");
                return;
            }
            button.setText(state.switchText());
            button.setId("publish-rollback");
            setGraphic(button);
        }
    }
}
