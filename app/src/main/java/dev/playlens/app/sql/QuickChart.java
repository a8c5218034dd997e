package dev.playlens.app.sql;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;

import java.util.List;

/**
 * A quick bar or line chart of the current result: one column on the X axis (as categories), one numeric
 * column on the Y axis, from the first {@link #MAX_POINTS} rows. For a look, not a report.
 */
final class QuickChart extends BorderPane {
    static final int MAX_POINTS = 500;

    private final SqlModel model;
    private final ComboBox<String> kind = new ComboBox<>();
    private final ComboBox<String> x = new ComboBox<>();
    private final ComboBox<String> y = new ComboBox<>();
    private final Label note = new Label();

    QuickChart(SqlModel model) {
        this.model = model;
        setId("sql-chart");
        kind.getItems().setAll("Bar", "Line");
        kind.setValue("Bar");
        kind.setId("sql-chart-kind");
        x.setId("sql-chart-x");
        y.setId("sql-chart-y");
        note.getStyleClass().add("text-muted");
        HBox bar = new HBox(8, kind, new Label("X"), x, new Label("Y"), y, note);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 10, 6, 10));
        setTop(bar);
        model.columns.addListener((ListChangeListener<String>) c -> chooseColumns());
        kind.valueProperty().addListener((o, a, b) -> draw());
        x.valueProperty().addListener((o, a, b) -> draw());
        y.valueProperty().addListener((o, a, b) -> draw());
        model.running.addListener((o, was, now) -> {
            if (!now) draw();
        });
    }

    /** X: the first column; Y: the first numeric column after it (by the first row's values). */
    private void chooseColumns() {
        x.getItems().setAll(model.columns);
        y.getItems().setAll(model.columns);
        x.setValue(model.columns.isEmpty() ? null : model.columns.getFirst());
        y.setValue(null);
        for (int i = model.columns.size() - 1; i >= 0; i--) {
            if (isNumericColumn(i)) y.setValue(model.columns.get(i));
        }
        if (y.getValue() == null && model.columns.size() > 1) y.setValue(model.columns.get(1));
    }

    private boolean isNumericColumn(int index) {
        if (index == 0 && model.columns.size() > 1) return false;
        int jdbc = model.resultColumns.size() > index ? model.resultColumns.get(index).jdbcType() : 0;
        return switch (jdbc) {
            case java.sql.Types.TINYINT, java.sql.Types.SMALLINT, java.sql.Types.INTEGER, java.sql.Types.BIGINT,
                 java.sql.Types.REAL, java.sql.Types.FLOAT, java.sql.Types.DOUBLE, java.sql.Types.NUMERIC,
                 java.sql.Types.DECIMAL -> true;
            default -> false;
        };
    }

    void draw() {
        int xi = model.columns.indexOf(x.getValue());
        int yi = model.columns.indexOf(y.getValue());
        if (xi < 0 || yi < 0 || model.running.get() || model.rows.isEmpty()) {
            setCenter(new Label(model.columns.isEmpty() ? "Run a query, then chart its result here"
                    : "Pick an X column and a numeric Y column"));
            note.setText("");
            return;
        }
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        series.setName(y.getValue());
        int n = Math.min(MAX_POINTS, model.rows.size());
        int skipped = 0;
        for (int i = 0; i < n; i++) {
            List<Object> row = model.rows.get(i);
            if (row.get(yi) instanceof Number v) {
                series.getData().add(new XYChart.Data<>(String.valueOf(row.get(xi)), v));
            } else {
                skipped++;
            }
        }
        CategoryAxis xAxis = new CategoryAxis();
        xAxis.setLabel(x.getValue());
        NumberAxis yAxis = new NumberAxis();
        yAxis.setLabel(y.getValue());
        XYChart<String, Number> chart = "Line".equals(kind.getValue())
                ? new LineChart<>(xAxis, yAxis) : new BarChart<>(xAxis, yAxis);
        chart.setId("sql-chart-plot");
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.getData().add(series);
        setCenter(chart);
        note.setText((model.rows.size() > n ? "first " + n + " rows" : n + " rows")
                + (skipped > 0 ? ", " + skipped + " without a number skipped" : ""));
    }

    int points() {
        return getCenter() instanceof XYChart<?, ?> c && !c.getData().isEmpty() ? c.getData().getFirst().getData().size() : 0;
    }
}
