package dev.playlens.app.models;

import dev.playlens.ml.eval.Curves;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** Every classifier run, sortable; pick two or more to overlay their curves and see the AUC differences. */
final class LeaderboardPane extends BorderPane {
    private final TableView<RunRecord> table;
    private final LineChart<Number, Number> roc = Charts.curveChart("models-compare-roc", "ROC curves", "False positive rate", "True positive rate");
    private final LineChart<Number, Number> pr = Charts.curveChart("models-compare-pr", "Precision–recall curves", "Recall", "Precision");

    LeaderboardPane(ModelsModel model, LeaderboardController controller) {
        setId("models-leaderboard");
        table = new TableView<>(model.runs);
        table.setId("models-runs");
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setPlaceholder(new Label("No runs yet. Train a model and it appears here."));
        table.getColumns().setAll(List.of(
                text("Model", 90, RunRecord::ref),
                text("Algorithm", 100, RunRecord::algorithm),
                number("AUC", "auc"),
                text("AUC 95% CI", 120, r -> String.format(Locale.ROOT, "%.3f–%.3f", r.metric("auc_ci_low"), r.metric("auc_ci_high"))),
                number("PR AUC", "pr_auc"),
                number("Accuracy", "accuracy"),
                number("F1", "f1"),
                number("Log-loss", "logloss"),
                text("Current", 84, r -> r.current() ? "✓ current" : ""),
                text("Created (UTC)", 156, r -> created(r.metadata().createdAt()))));
        table.setPrefHeight(220);
        roc.getStyleClass().add("compare-chart");
        pr.getStyleClass().add("compare-chart");
        table.setRowFactory(tv -> {
            var row = new javafx.scene.control.TableRow<RunRecord>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && row.getItem() != null) controller.show(row.getItem());
            });
            return row;
        });

        Button show = new Button("Show results");
        show.setId("models-show-run");
        show.disableProperty().bind(Bindings.size(table.getSelectionModel().getSelectedItems()).isNotEqualTo(1));
        show.setOnAction(e -> controller.show(table.getSelectionModel().getSelectedItem()));
        Button compare = new Button("Compare selected");
        compare.setId("models-compare");
        compare.getStyleClass().add("accent");
        compare.disableProperty().bind(Bindings.size(table.getSelectionModel().getSelectedItems()).lessThan(2)
                .or(model.running));
        compare.setOnAction(e -> controller.compare(List.copyOf(table.getSelectionModel().getSelectedItems())));
        Button promote = new Button("Promote to current");
        promote.setId("models-promote");
        promote.disableProperty().bind(Bindings.size(table.getSelectionModel().getSelectedItems()).isNotEqualTo(1)
                .or(model.running));
        promote.setOnAction(e -> controller.promote(table.getSelectionModel().getSelectedItem()));
        Button refresh = new Button("Refresh");
        refresh.setId("models-refresh-runs");
        refresh.disableProperty().bind(model.running);
        refresh.setOnAction(e -> controller.refresh());
        Label hint = new Label("Ctrl+click picks several runs; the oldest one picked is the baseline.");
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);
        for (Button b : List.of(show, compare, promote, refresh)) b.setMinWidth(Button.USE_PREF_SIZE);
        HBox actions = new HBox(8, show, compare, promote, refresh);
        actions.setAlignment(Pos.CENTER_LEFT);

        TableView<RunComparison.Row> differences = differences(model);
        HBox charts = new HBox(12, roc, pr);
        HBox.setHgrow(roc, Priority.ALWAYS);
        HBox.setHgrow(pr, Priority.ALWAYS);
        VBox content = new VBox(10, table, actions, hint, charts, differences);
        content.setPadding(new Insets(16));
        setCenter(content);
        model.compared.addListener((ListChangeListener<RunRecord>) c -> overlay(model.compared));
    }

    private static TableView<RunComparison.Row> differences(ModelsModel model) {
        TableView<RunComparison.Row> t = new TableView<>(model.comparison);
        t.setId("models-differences");
        t.setPlaceholder(new Label("Pick two or more runs and press Compare."));
        TableColumn<RunComparison.Row, String> pair = new TableColumn<>("Run − reference");
        pair.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().other() + " − " + c.getValue().reference()));
        pair.setPrefWidth(220);
        TableColumn<RunComparison.Row, String> delta = new TableColumn<>("ΔAUC");
        delta.setCellValueFactory(c -> new ReadOnlyStringWrapper(String.format(Locale.ROOT, "%+.4f", c.getValue().difference())));
        TableColumn<RunComparison.Row, String> ci = new TableColumn<>("95% CI (paired bootstrap)");
        ci.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().paired()
                ? String.format(Locale.ROOT, "[%+.4f, %+.4f]", c.getValue().lower(), c.getValue().upper())
                : "not paired: different test rows"));
        ci.setPrefWidth(230);
        TableColumn<RunComparison.Row, String> p = new TableColumn<>("p");
        p.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().paired()
                ? String.format(Locale.ROOT, "%.3f", c.getValue().pValue()) : "–"));
        TableColumn<RunComparison.Row, String> verdict = new TableColumn<>("Verdict");
        verdict.setCellValueFactory(c -> new ReadOnlyStringWrapper(!c.getValue().paired() ? "–"
                : c.getValue().significant() ? "a real difference" : "within noise"));
        verdict.setPrefWidth(160);
        t.getColumns().setAll(List.of(pair, delta, ci, p, verdict));
        t.setPrefHeight(120);
        return t;
    }

    private void overlay(List<RunRecord> runs) {
        roc.getData().clear();
        pr.getData().clear();
        for (RunRecord r : runs) {
            if (r.predictions() == null) continue;
            Curves c = Curves.compute(r.predictions().labels(), r.predictions().probabilities(), 10);
            roc.getData().add(Charts.series(String.format(Locale.ROOT, "%s (AUC %.3f)", r.ref(), r.metric("auc")), c.roc()));
            pr.getData().add(Charts.series(r.ref(), c.precisionRecall()));
        }
    }

    /** {@code 2026-12-06T11:53:21.123Z} → {@code 2026-12-06 11:53}. */
    static String created(String iso) {
        if (iso == null) return "";
        String s = iso.replace('T', ' ');
        return s.length() >= 16 ? s.substring(0, 16) : s;
    }

    TableView<RunRecord> table() {
        return table;
    }

    private static TableColumn<RunRecord, String> text(String title, double width, Function<RunRecord, String> value) {
        TableColumn<RunRecord, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    /** Sorts by the number, shows three decimals. */
    private static TableColumn<RunRecord, Double> number(String title, String key) {
        TableColumn<RunRecord, Double> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().metric(key)));
        c.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(Double v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null || v.isNaN() ? null : String.format(Locale.ROOT, "%.3f", v));
            }
        });
        c.setPrefWidth(title.length() > 5 ? 92 : title.length() > 3 ? 78 : 64);
        return c;
    }
}
