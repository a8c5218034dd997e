package dev.playlens.app.models;

import dev.playlens.ml.eval.Curves;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;

import java.util.List;

/** ROC and precision-recall line charts: fixed 0–1 axes, no symbols, curves thinned to a few hundred points. */
final class Charts {
    private static final int MAX_POINTS = 300;

    private Charts() {
    }

    static LineChart<Number, Number> curveChart(String id, String title, String xLabel, String yLabel) {
        NumberAxis x = new NumberAxis(xLabel, 0, 1, 0.2);
        NumberAxis y = new NumberAxis(yLabel, 0, 1, 0.2);
        LineChart<Number, Number> chart = new LineChart<>(x, y);
        chart.setId(id);
        chart.setTitle(title);
        chart.setCreateSymbols(false);
        chart.setAnimated(false);
        chart.setMinSize(280, 240);
        chart.setPrefSize(380, 320);
        return chart;
    }

    static XYChart.Series<Number, Number> series(String name, List<Curves.Point> points) {
        XYChart.Series<Number, Number> s = new XYChart.Series<>();
        s.setName(name);
        int step = Math.max(1, points.size() / MAX_POINTS);
        for (int i = 0; i < points.size(); i += step) {
            s.getData().add(new XYChart.Data<>(points.get(i).x(), points.get(i).y()));
        }
        Curves.Point last = points.getLast();
        s.getData().add(new XYChart.Data<>(last.x(), last.y()));
        return s;
    }

    /** The line a model with no skill would draw: the ROC diagonal, or the PR base rate. */
    static XYChart.Series<Number, Number> reference(String name, double y0, double y1) {
        XYChart.Series<Number, Number> s = new XYChart.Series<>();
        s.setName(name);
        s.getData().add(new XYChart.Data<>(0, y0));
        s.getData().add(new XYChart.Data<>(1, y1));
        return s;
    }
}
