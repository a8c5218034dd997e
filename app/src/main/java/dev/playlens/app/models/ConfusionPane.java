package dev.playlens.app.models;

import dev.playlens.ml.train.TestPredictions;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;

import java.util.Locale;
import java.util.Map;

/**
 * The confusion matrix of a run on its held-out rows, with a threshold slider: moving it recomputes the matrix
 * and precision / recall / F1 from the kept predictions, to pick the trade-off a campaign can afford.
 */
final class ConfusionPane extends VBox {
    private final GridPane grid = new GridPane(2, 2);
    private final Slider threshold = new Slider(0.01, 0.99, 0.5);
    private final Label thresholdValue = new Label();
    private final Label rates = new Label();
    private TestPredictions predictions;

    ConfusionPane() {
        super(8);
        grid.setId("models-confusion");
        threshold.setId("models-threshold");
        threshold.setPrefWidth(180);
        threshold.valueProperty().addListener((o, was, now) -> recompute());
        thresholdValue.setMinWidth(40);
        rates.setId("models-threshold-rates");
        rates.getStyleClass().add("text-muted");
        rates.setWrapText(true);
        Label caption = new Label("Confusion matrix");
        caption.getStyleClass().add("title-4");
        HBox slider = new HBox(8, DataPane.small("Threshold"), threshold, thresholdValue);
        slider.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(caption, slider, grid, rates);
    }

    void show(RunRecord run) {
        predictions = run.predictions();
        threshold.setDisable(predictions == null);
        if (threshold.getValue() == run.threshold()) recompute();
        else threshold.setValue(run.threshold());
        if (predictions == null && run.metadata().metrics().get("confusion") instanceof Map<?, ?> c) {
            fill(((Number) c.get("tp")).longValue(), ((Number) c.get("fn")).longValue(),
                    ((Number) c.get("fp")).longValue(), ((Number) c.get("tn")).longValue());
            rates.setText("Predictions not kept for this run: the matrix is the one saved at training.");
        }
    }

    private void recompute() {
        thresholdValue.setText(String.format(Locale.ROOT, "%.2f", threshold.getValue()));
        if (predictions == null) return;
        // Counted directly: BinaryMetrics would also re-sort for AUC on every slider step.
        long tp = 0, fp = 0, tn = 0, fn = 0;
        int[] y = predictions.labels();
        double[] p = predictions.probabilities();
        for (int i = 0; i < y.length; i++) {
            boolean flagged = p[i] >= threshold.getValue();
            if (y[i] == 1) {
                if (flagged) tp++; else fn++;
            } else {
                if (flagged) fp++; else tn++;
            }
        }
        fill(tp, fn, fp, tn);
        double precision = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        double recall = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        rates.setText(String.format(Locale.ROOT, "precision %.3f · recall %.3f · F1 %.3f · accuracy %.3f",
                precision, recall, f1, (double) (tp + tn) / y.length));
    }

    private void fill(long tp, long fn, long fp, long tn) {
        grid.getChildren().clear();
        grid.add(new Label(""), 0, 0);
        grid.add(header("Predicted\npositive"), 1, 0);
        grid.add(header("Predicted\nnegative"), 2, 0);
        grid.add(header("Actual\npositive"), 0, 1);
        grid.add(header("Actual\nnegative"), 0, 2);
        grid.add(cell(tp, "TP", true), 1, 1);
        grid.add(cell(fn, "FN", false), 2, 1);
        grid.add(cell(fp, "FP", false), 1, 2);
        grid.add(cell(tn, "TN", true), 2, 2);
    }

    private static Label header(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("text-muted");
        l.setPadding(new Insets(4, 8, 4, 8));
        l.setTextAlignment(TextAlignment.CENTER);
        l.setMinWidth(Label.USE_PREF_SIZE);
        return l;
    }

    private static Label cell(long count, String kind, boolean correct) {
        Label l = new Label(kind + "\n" + String.format(Locale.ROOT, "%,d", count));
        l.setId("models-confusion-" + kind.toLowerCase(Locale.ROOT));
        l.getStyleClass().addAll("confusion-cell", correct ? "confusion-correct" : "confusion-wrong");
        l.setAlignment(Pos.CENTER);
        l.setTextAlignment(TextAlignment.CENTER);
        l.setMinSize(110, 60);
        return l;
    }

    Slider threshold() {
        return threshold;
    }
}
