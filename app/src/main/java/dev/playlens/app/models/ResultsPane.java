package dev.playlens.app.models;

import dev.playlens.ml.eval.Curves;
import dev.playlens.ml.train.TestPredictions;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** One run's results: metrics table, confusion matrix, ROC and PR curves, feature importance, data report. */
final class ResultsPane extends ScrollPane {
    /** One line of the metrics table. */
    record MetricRow(String metric, String value) {
    }

    private final Label title = new Label("No run yet: load data and press Train, or pick a run on the leaderboard.");
    private final TableView<MetricRow> metrics = new TableView<>();
    private final ConfusionPane confusion = new ConfusionPane();
    private final LineChart<Number, Number> roc = Charts.curveChart("models-roc", "ROC curve", "False positive rate", "True positive rate");
    private final LineChart<Number, Number> pr = Charts.curveChart("models-pr", "Precision–recall", "Recall", "Precision");
    private final BarChart<Number, String> importance = new BarChart<>(new NumberAxis(), new CategoryAxis());

    ResultsPane(ModelsModel model) {
        setId("models-results");
        title.getStyleClass().add("title-3");
        TableColumn<MetricRow, String> name = new TableColumn<>("Metric");
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().metric()));
        name.setPrefWidth(150);
        TableColumn<MetricRow, String> value = new TableColumn<>("Value (test rows)");
        value.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().value()));
        value.setPrefWidth(190);
        metrics.getColumns().setAll(List.of(name, value));
        metrics.setId("models-metrics");
        metrics.setPrefSize(340, 450);
        metrics.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        roc.getStyleClass().add("with-reference");
        pr.getStyleClass().add("with-reference");
        importance.setId("models-importance");
        importance.setTitle("Feature importance (share)");
        importance.setLegendVisible(false);
        importance.setAnimated(false);
        importance.setPrefSize(760, 380);
        ListView<String> report = new ListView<>(model.dataReport);
        report.setId("models-data-report");
        report.setCellFactory(list -> {
            ListCell<String> cell = new ListCell<>() {
                @Override
                protected void updateItem(String line, boolean empty) {
                    super.updateItem(line, empty);
                    setText(empty ? null : line);
                }
            };
            cell.setWrapText(true);
            cell.prefWidthProperty().bind(list.widthProperty().subtract(24));
            return cell;
        });
        report.setPrefSize(420, 360);
        Label reportTitle = new Label("Data report");
        reportTitle.getStyleClass().add("title-4");

        GridPane grid = new GridPane(16, 16);
        VBox confusionBox = new VBox(8, confusion);
        report.setPrefSize(380, 250);
        confusionBox.getChildren().addAll(reportTitle, report);
        grid.add(metrics, 0, 0);
        grid.add(confusionBox, 1, 0);
        grid.add(roc, 0, 1);
        grid.add(pr, 1, 1);
        grid.add(importance, 0, 2, 2, 1);
        VBox content = new VBox(12, title, grid);
        content.setPadding(new Insets(16));
        setContent(content);
        setFitToWidth(true);
        model.shownRun.addListener((o, was, now) -> show(now));
    }

    private void show(RunRecord run) {
        if (run == null) return;
        title.setText(run.ref() + " — " + run.algorithm() + (run.current() ? " (current)" : "") + " — "
                + run.metadata().label());
        metrics.getItems().setAll(rows(run));
        confusion.show(run);
        roc.getData().clear();
        pr.getData().clear();
        TestPredictions p = run.predictions();
        if (p != null) {
            Curves curves = Curves.compute(p.labels(), p.probabilities(), 10);
            roc.getData().add(Charts.series(run.ref(), curves.roc()));
            roc.getData().add(Charts.reference("no skill", 0, 1));
            pr.getData().add(Charts.series(run.ref(), curves.precisionRecall()));
            double positives = Arrays.stream(p.labels()).sum() / (double) p.labels().length;
            pr.getData().add(Charts.reference("base rate", positives, positives));
        }
        showImportance(run.importance());
    }

    static List<MetricRow> rows(RunRecord r) {
        List<MetricRow> out = new ArrayList<>();
        out.add(new MetricRow("AUC", f(r.metric("auc")) + String.format(Locale.ROOT, "  [%.3f, %.3f]",
                r.metric("auc_ci_low"), r.metric("auc_ci_high"))));
        out.add(new MetricRow("PR AUC", f(r.metric("pr_auc"))));
        out.add(new MetricRow("Accuracy", f(r.metric("accuracy"))));
        out.add(new MetricRow("Precision", f(r.metric("precision"))));
        out.add(new MetricRow("Recall", f(r.metric("recall"))));
        out.add(new MetricRow("F1", f(r.metric("f1"))));
        out.add(new MetricRow("Log-loss", f(r.metric("logloss"))));
        out.add(new MetricRow("Brier score", f(r.metric("brier"))));
        if (!Double.isNaN(r.metric("cv_auc_mean"))) {
            out.add(new MetricRow("CV AUC (" + (int) r.metric("cv_folds") + " folds)",
                    f(r.metric("cv_auc_mean")) + " ± " + f(r.metric("cv_auc_std"))));
        }
        out.add(new MetricRow("Rows (train / test)", String.format(Locale.ROOT, "%,d / %,d",
                (long) r.metric("train_rows"), (long) r.metric("test_rows"))));
        out.add(new MetricRow("Encoded features", Long.toString((long) r.metric("features"))));
        return out;
    }

    private static String f(double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.3f", v);
    }

    private void showImportance(Map<String, Double> byColumn) {
        XYChart.Series<Number, String> s = new XYChart.Series<>();
        List<Map.Entry<String, Double>> top = byColumn.entrySet().stream().limit(12).toList();
        for (int i = top.size() - 1; i >= 0; i--) s.getData().add(new XYChart.Data<>(top.get(i).getValue(), top.get(i).getKey()));
        importance.getData().setAll(List.of(s));
    }
}
