package dev.playlens.app.models;

import dev.playlens.ml.cluster.ClusterResult;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A clustering run: k and silhouette (per k tried), cluster sizes, and each cluster's profile. */
final class ClustersPane extends ScrollPane {
    private final Label summary = new Label("No clustering yet: load data, then press Cluster players.");
    private final BarChart<String, Number> silhouette = new BarChart<>(new CategoryAxis(), new NumberAxis());
    private final BarChart<Number, String> profile = new BarChart<>(new NumberAxis(), new CategoryAxis());
    private final TableView<List<String>> table = new TableView<>();

    ClustersPane(ModelsModel model, ClusterController controller) {
        this.model = model;
        setId("models-clusters");
        summary.setId("models-cluster-summary");
        summary.getStyleClass().add("title-4");
        summary.setWrapText(true);
        silhouette.setId("models-silhouette");
        silhouette.setTitle("Silhouette by k");
        silhouette.setLegendVisible(false);
        silhouette.setAnimated(false);
        silhouette.setPrefSize(300, 300);
        profile.setId("models-cluster-profile");
        profile.setTitle("Cluster profiles (distance from all players, in SD)");
        profile.setAnimated(false);
        profile.setPrefSize(760, 440);
        table.setId("models-cluster-table");
        table.setPrefHeight(300);
        HBox charts = new HBox(12, profile, silhouette);
        HBox.setHgrow(profile, Priority.ALWAYS);
        VBox content = new VBox(12, summary, charts, table, new PerClusterTable(model, controller));
        content.setPadding(new Insets(16));
        setContent(content);
        setFitToWidth(true);
        model.clusterResult.addListener((o, was, now) -> show(now));
    }

    private final ModelsModel model;

    private void show(ClusterResult r) {
        if (r == null) return;
        StringBuilder sizes = new StringBuilder();
        for (int c = 0; c < r.k(); c++) sizes.append(c == 0 ? "" : ", ").append(String.format(Locale.ROOT, "#%d: %,d", c, r.sizes()[c]));
        summary.setText(String.format(Locale.ROOT, "%s v%d — k = %d, silhouette %.3f — players per cluster: %s",
                r.name(), r.version(), r.k(), r.silhouette(), sizes));

        XYChart.Series<String, Number> s = new XYChart.Series<>();
        r.silhouetteByK().forEach((k, v) -> s.getData().add(new XYChart.Data<>("k=" + k, v)));
        silhouette.getData().setAll(List.of(s));

        Map<String, Double> overall = ClusterProfiles.overall(r);
        Map<String, Double> spread = model.clusterSpread.get();
        List<String> keys = ClusterProfiles.distinctive(r, spread, 10);
        List<XYChart.Series<Number, String>> series = new ArrayList<>();
        for (int c = 0; c < r.k(); c++) {
            XYChart.Series<Number, String> cs = new XYChart.Series<>();
            cs.setName(String.format(Locale.ROOT, "Cluster %d (%,d)", c, r.sizes()[c]));
            // Bottom-up in a horizontal chart: reversed, so the most distinctive column is on top.
            for (String key : keys.reversed()) {
                double z = ClusterProfiles.score(r, c, key, overall, spread);
                cs.getData().add(new XYChart.Data<>(Double.isNaN(z) ? 0 : z, key));
            }
            series.add(cs);
        }
        profile.getData().setAll(series);
        fillTable(r, overall);
    }

    private void fillTable(ClusterResult r, Map<String, Double> overall) {
        table.getColumns().clear();
        List<String> headers = new ArrayList<>(List.of("Column", "All players"));
        for (int c = 0; c < r.k(); c++) headers.add("Cluster " + c);
        for (int j = 0; j < headers.size(); j++) {
            int index = j;
            TableColumn<List<String>, String> col = new TableColumn<>(headers.get(j));
            col.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().get(index)));
            col.setPrefWidth(j == 0 ? 220 : 110);
            table.getColumns().add(col);
        }
        List<List<String>> rows = new ArrayList<>();
        for (String key : overall.keySet()) {
            List<String> row = new ArrayList<>(List.of(key, format(overall.get(key))));
            for (int c = 0; c < r.k(); c++) row.add(format(r.profiles().get(c).get(key)));
            rows.add(row);
        }
        table.getItems().setAll(rows);
    }

    private static String format(double v) {
        if (Double.isNaN(v)) return "–";
        return Math.abs(v) >= 100 ? String.format(Locale.ROOT, "%,.0f", v) : String.format(Locale.ROOT, "%.3f", v);
    }
}
