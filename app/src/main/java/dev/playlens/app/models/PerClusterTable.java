package dev.playlens.app.models;

import dev.playlens.ml.cluster.PerClusterComparison;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** "One model per cluster, or one for everyone?": the button, the verdict, and the AUCs cluster by cluster. */
final class PerClusterTable extends VBox {

    PerClusterTable(ModelsModel model, ClusterController controller) {
        super(8);
        Button run = new Button("Per-cluster models vs one model");
        run.setId("models-per-cluster");
        run.disableProperty().bind(model.running.or(model.clusterResult.isNull()));
        run.setOnAction(e -> controller.comparePerCluster());
        Label verdict = new Label("Trains the set-up's classifier once for everyone and once per cluster, on the same split.");
        verdict.setId("models-per-cluster-verdict");
        verdict.setWrapText(true);
        HBox bar = new HBox(12, run, verdict);
        bar.setAlignment(Pos.CENTER_LEFT);

        TableView<PerClusterComparison.ClusterRow> table = new TableView<>();
        table.setId("models-per-cluster-table");
        table.setPlaceholder(new Label("No comparison yet"));
        table.getColumns().setAll(List.of(
                column("Cluster", r -> "#" + r.cluster()),
                column("Train rows", r -> String.format(Locale.ROOT, "%,d", r.trainRows())),
                column("Test rows", r -> String.format(Locale.ROOT, "%,d", r.testRows())),
                column("Test positives", r -> Integer.toString(r.testPositives())),
                column("AUC, one model", r -> auc(r.globalAuc())),
                column("AUC, own model", r -> r.usedGlobalFallback() ? "(uses one model)" : auc(r.ownAuc()))));
        table.setPrefHeight(200);
        model.perCluster.addListener((o, was, r) -> {
            if (r == null) {
                table.getItems().clear();
                return;
            }
            table.getItems().setAll(r.clusters());
            var d = r.difference().interval();
            verdict.setText(String.format(Locale.ROOT, "Per-cluster AUC %.3f vs one model %.3f: Δ %+.3f, 95%% CI "
                            + "[%+.3f, %+.3f], p = %.3f — %s.", r.perCluster().auc(), r.global().auc(), d.estimate(),
                    d.lower(), d.upper(), r.difference().pValue(),
                    r.difference().significant() ? "a real difference" : "within noise: one model is enough"));
        });
        getChildren().addAll(ModelsView.section("One model per cluster?"), bar, table);
    }

    private static String auc(double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.3f", v);
    }

    private static TableColumn<PerClusterComparison.ClusterRow, String> column(
            String title, Function<PerClusterComparison.ClusterRow, String> value) {
        TableColumn<PerClusterComparison.ClusterRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(130);
        return c;
    }
}
