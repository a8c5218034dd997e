package dev.playlens.app.storage;

import javafx.beans.binding.Bindings;
import javafx.beans.Observable;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;

import java.util.function.Function;
import java.util.function.Predicate;

/** The transfer queue: total progress, and per copy its state, progress, bytes, speed, time left and outcome. */
final class TransfersPane extends BorderPane {

    TransfersPane(TransferQueue queue) {
        setId("storage-transfers");
        TableView<TransferRow> table = new TableView<>(queue.rows());
        table.setId("storage-transfer-table");
        table.setPlaceholder(new Label("No transfers yet: drag objects or folders onto a location."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<TransferRow, String> copy = text("Copy", 460, r -> r.spec().label());
        copy.setCellFactory(col -> new TextCell(false) {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                TransferRow row = empty ? null : getTableRow().getItem();
                if (row != null) setTooltip(new Tooltip(row.spec().uris()));
            }
        });
        table.getColumns().add(copy);
        TableColumn<TransferRow, String> state = text("State", 80, r -> r.state.get().name().toLowerCase(java.util.Locale.ROOT));
        state.setCellFactory(col -> new TextCell(true));
        table.getColumns().add(state);
        table.getColumns().add(progressColumn());
        table.getColumns().add(text("Bytes", 175, r -> r.bytesTotal.get() < 0 ? "" : RateMeter.formatBytes(r.bytesDone.get())
                + " of " + RateMeter.formatBytes(r.bytesTotal.get())));
        table.getColumns().add(text("Speed", 85, r -> r.state.get() == TransferState.RUNNING ? RateMeter.formatSpeed(r.bytesPerSecond.get()) : ""));
        table.getColumns().add(text("Time left", 95, TransferRow::eta));
        table.getColumns().add(text("Details", 220, r -> r.message.get()));
        var picked = table.getSelectionModel().selectedItemProperty();

        Button pause = action("Pause", "storage-pause", picked, queue.rows(), TransferState::canPause, () -> queue.pause(picked.get()));
        Button resume = action("Resume", "storage-resume", picked, queue.rows(), TransferState::canResume, () -> queue.resume(picked.get()));
        Button cancel = action("Cancel", "storage-cancel", picked, queue.rows(), TransferState::canCancel, () -> queue.cancel(picked.get()));
        Button retry = action("Retry", "storage-retry", picked, queue.rows(), TransferState::canRetry, () -> queue.retry(picked.get()));
        Button retryFailed = new Button("Retry failed");
        retryFailed.setId("storage-retry-failed");
        retryFailed.setOnAction(e -> queue.retryFailed());
        Button clear = new Button("Clear finished");
        clear.setOnAction(e -> queue.clearFinished());

        ProgressBar total = new ProgressBar(0);
        total.setId("storage-total-progress");
        total.setPrefWidth(220);
        total.progressProperty().bind(Bindings.createDoubleBinding(() -> queue.totalBytesProperty().get() <= 0 ? 0
                : (double) queue.totalDoneProperty().get() / queue.totalBytesProperty().get(), queue.totalDoneProperty(), queue.totalBytesProperty()));
        Label summary = new Label();
        summary.setId("storage-total-summary");
        summary.getStyleClass().add("text-muted");
        summary.textProperty().bind(Bindings.createStringBinding(queue::totalSummary, queue.rows(),
                queue.totalDoneProperty(), queue.totalBytesProperty(), queue.totalSpeedProperty()));
        HBox bar = new HBox(6, pause, resume, cancel, retry, retryFailed, clear, total, summary);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 8, 6, 8));
        Label details = new Label();
        details.setId("storage-transfer-details");
        details.setWrapText(true);
        details.setPadding(new Insets(6, 8, 6, 8));
        details.textProperty().bind(Bindings.createStringBinding(() -> picked.get() == null ? ""
                : picked.get().spec().uris() + "\n" + picked.get().message.get(), picked, queue.rows()));
        details.visibleProperty().bind(picked.isNotNull());
        details.managedProperty().bind(details.visibleProperty());
        setTop(bar);
        setCenter(table);
        setBottom(details);
    }

    private static Button action(String text, String id, ObservableValue<TransferRow> picked, javafx.collections.ObservableList<TransferRow> rows,
                                 Predicate<TransferState> allowed, Runnable run) {
        Button b = new Button(text);
        b.setId(id);
        b.disableProperty().bind(Bindings.createBooleanBinding(() -> picked.getValue() == null
                || !allowed.test(picked.getValue().state.get()), picked, rows)); // rows report their state changes
        b.setOnAction(e -> run.run());
        return b;
    }

    /** What a row's cells depend on: the cells re-render when any of them changes. */
    private static Observable[] changes(TransferRow r) {
        return new Observable[]{r.state, r.bytesDone, r.bytesTotal, r.bytesPerSecond, r.message};
    }

    private static TableColumn<TransferRow, Number> progressColumn() {
        TableColumn<TransferRow, Number> c = new TableColumn<>("Progress");
        c.setPrefWidth(130);
        c.setCellValueFactory(cell -> Bindings.createDoubleBinding(cell.getValue()::fraction, changes(cell.getValue())));
        c.setCellFactory(col -> new TableCell<>() {
            private final ProgressBar bar = new ProgressBar();

            @Override
            protected void updateItem(Number fraction, boolean empty) {
                super.updateItem(fraction, empty);
                if (empty || fraction == null) {
                    setGraphic(null);
                    return;
                }
                bar.setProgress(fraction.doubleValue());
                bar.setMaxWidth(Double.MAX_VALUE);
                setGraphic(bar);
            }
        });
        return c;
    }

    private static TableColumn<TransferRow, String> text(String title, double width, Function<TransferRow, String> value) {
        TableColumn<TransferRow, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> Bindings.createStringBinding(() -> value.apply(cell.getValue()), changes(cell.getValue())));
        c.setCellFactory(col -> new TextCell(false));
        return c;
    }

    /** Text with the full value as tooltip (long URIs and error messages); states in the theme's colours. */
    private static class TextCell extends TableCell<TransferRow, String> {
        private final boolean coloured;

        TextCell(boolean coloured) {
            this.coloured = coloured;
        }

        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            setText(empty ? null : text);
            setTooltip(empty || text == null || text.isEmpty() ? null : new Tooltip(text));
            if (coloured) {
                setStyle(empty || text == null ? null : switch (text) {
                    case "failed" -> "-fx-text-fill: -color-danger-fg;";
                    case "done" -> "-fx-text-fill: -color-success-fg;";
                    default -> null;
                });
            }
        }
    }
}
