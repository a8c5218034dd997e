package dev.playlens.app.models;

import dev.playlens.app.services.WarehouseWorkspaceServices;
import dev.playlens.app.shell.MainWindow;
import dev.playlens.app.shell.TestMainWindow;
import dev.playlens.app.workspace.Workspace;
import dev.playlens.app.workspace.WorkspaceSettings;
import dev.playlens.core.job.ThreadPoolJobExecutor;
import dev.playlens.ml.cluster.ClusterResult;
import dev.playlens.ml.model.Algorithm;
import dev.playlens.ml.registry.ModelRegistry;
import dev.playlens.testsupport.RealData;
import dev.playlens.warehouse.Warehouse;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.LineChart;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Models screen in the real main window on Monocle, with the real ml module on the IBM Telco churn set: train two runs, compare them
 * on the leaderboard, promote one, cancel a long run, cluster the customers. Small trees keep it quick.
 */
@ExtendWith(ApplicationExtension.class)
class ModelsScreenFxTest {
    private static final Path TELCO = RealData.file("WA_Fn-UseC_-Telco-Customer-Churn.csv");
    private static final Path SHOTS = Path.of("target", "screenshots");

    @TempDir
    Path dir;
    private TestMainWindow ui;
    private ThreadPoolJobExecutor executor;
    private Warehouse warehouse;
    private Workspace ws;
    private WarehouseWorkspaceServices services;
    private MainWindow window;
    private ModelsScreen screen;
    private ModelsModel model;

    @Start
    void start(Stage stage) {
        ws = Workspace.create(dir.resolve("ws"), WorkspaceSettings.named("Models test", null));
        ui = TestMainWindow.open(stage, ws, dir.resolve("ui.json"), Map.of());
        executor = ui.executor();
        window = ui.window();
        services = ui.services();
        warehouse = services.warehouse();
        screen = (ModelsScreen) window.screens().byTitle("Models");
        window.select(screen);
        model = screen.model();
    }

    @AfterEach
    void close() throws Exception {
        ui.close();
    }

    private void loadTelco(FxRobot robot) throws Exception {
        robot.interact(() -> {
            model.dataKindProperty().set(DataKind.FILE);
            model.fileProperty().set(TELCO.toString());
        });
        robot.clickOn("#models-load");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !model.features().isEmpty() && !model.runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void trainAndWait(FxRobot robot, int runsAfter) throws Exception {
        fire(robot, "#models-train");
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> model.trainedRunsProperty().get() == runsAfter
                && model.runs().size() == runsAfter && !model.runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void trainsTelcoChurnComparesTwoRunsAndPromotesTheFirst(FxRobot robot) throws Exception {
        loadTelco(robot);
        FeatureRow totals = model.features().stream().filter(f -> f.name().equals("TotalCharges")).findFirst().orElseThrow();
        assertThat(totals.type()).isEqualTo("number");
        assertThat(totals.missing()).isEqualTo(11);
        assertThat(model.features()).anyMatch(f -> f.name().equals("Contract") && f.type().equals("text") && f.distinct() == 3);
        assertThat(model.labelProperty().get()).isEqualTo("Churn");
        assertThat(model.positiveProperty().get()).isEqualTo("Yes");
        assertThat(model.labelValues()).containsExactly("No", "Yes");

        robot.interact(() -> {
            model.treesProperty().set(80);
            model.maxDepthProperty().set(3);
        });
        trainAndWait(robot, 1);
        @SuppressWarnings("unchecked")
        TableView<ResultsPane.MetricRow> metrics = robot.lookup("#models-metrics").queryAs(TableView.class);
        String auc = metrics.getItems().stream().filter(r -> r.metric().equals("AUC")).findFirst().orElseThrow().value();
        double shownAuc = Double.parseDouble(auc.substring(0, auc.indexOf(' ')));
        assertThat(shownAuc).isBetween(0.80, 0.88);
        assertThat(auc).matches("0\\.\\d{3}  \\[0\\.\\d{3}, 0\\.\\d{3}]");
        assertThat(robot.lookup("#models-roc").queryAs(LineChart.class).getData()).hasSize(2);
        assertThat(robot.lookup("#models-importance").queryAs(BarChart.class).getData()).hasSize(1);
        // The threshold slider recomputes the confusion matrix from the kept predictions: a lower threshold
        // flags more customers, so recall cannot fall.
        String atHalf = robot.lookup("#models-threshold-rates").queryLabeled().getText();
        String tpAtHalf = robot.lookup("#models-confusion-tp").queryLabeled().getText();
        String precision = metrics.getItems().stream().filter(r -> r.metric().equals("Precision")).findFirst().orElseThrow().value();
        assertThat(atHalf).startsWith("precision " + precision + " ·"); // the saved threshold, 0.5, agrees with training
        robot.interact(() -> robot.lookup("#models-threshold").queryAs(javafx.scene.control.Slider.class).setValue(0.3));
        String tpAtLow = robot.lookup("#models-confusion-tp").queryLabeled().getText();
        assertThat(count(tpAtLow)).isGreaterThan(count(tpAtHalf));
        assertThat(robot.lookup("#models-threshold-rates").queryLabeled().getText()).isNotEqualTo(atHalf).startsWith("precision");
        robot.interact(() -> robot.lookup("#models-threshold").queryAs(javafx.scene.control.Slider.class).setValue(0.5));
        screenshot(robot, "gui-models-results.png");

        robot.interact(() -> model.algorithmProperty().set(Algorithm.LOGISTIC));
        trainAndWait(robot, 2);
        RunRecord gbt = run("churn:1"), logistic = run("churn:2");
        assertThat(logistic.current()).isTrue();
        assertThat(gbt.current()).isFalse();

        ModelsView view = (ModelsView) screen.view();
        TableView<RunRecord> runs = view.leaderboard().table();
        robot.interact(() -> {
            view.selectTab(1);
            runs.getSelectionModel().clearSelection();
            runs.getSelectionModel().select(gbt);
            runs.getSelectionModel().select(logistic);
        });
        robot.clickOn("#models-compare");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> model.comparison().size() == 1);
        WaitForAsyncUtils.waitForFxEvents();
        RunComparison.Row diff = model.comparison().getFirst();
        assertThat(diff.paired()).isTrue();
        assertThat(diff.reference()).isEqualTo("churn:1");
        assertThat(diff.difference()).isCloseTo(logistic.metric("auc") - gbt.metric("auc"), org.assertj.core.data.Offset.offset(1e-9));
        assertThat(diff.lower()).isLessThanOrEqualTo(diff.difference());
        assertThat(diff.upper()).isGreaterThanOrEqualTo(diff.difference());
        assertThat(diff.upper() - diff.lower()).isBetween(0.001, 0.06);
        assertThat(robot.lookup("#models-compare-roc").queryAs(LineChart.class).getData()).hasSize(2);
        assertThat(model.statusProperty().get()).contains("ΔAUC");
        screenshot(robot, "gui-models-leaderboard.png");

        // Sorting by a metric column reorders the leaderboard.
        robot.interact(() -> {
            var byLogLoss = runs.getColumns().stream().filter(c -> c.getText().equals("Log-loss")).findFirst().orElseThrow();
            byLogLoss.setSortType(javafx.scene.control.TableColumn.SortType.ASCENDING);
            runs.getSortOrder().setAll(List.of(byLogLoss));
        });
        assertThat(runs.getItems()).extracting(r -> r.metric("logloss")).isSorted();
        robot.interact(() -> {
            runs.getSelectionModel().clearSelection();
            runs.getSelectionModel().select(run("churn:1"));
        });
        robot.clickOn("#models-promote");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> run("churn:1").current());
        assertThat(run("churn:2").current()).isFalse();
        ModelRegistry registry = new ModelRegistry(dir.resolve("ws/models"));
        assertThat(registry.currentVersion("churn")).isEqualTo(1);
        assertThat(new RunStore(registry).runs()).filteredOn(RunRecord::current).extracting(RunRecord::ref)
                .containsExactly("churn:1");

        // The form is saved in the workspace and comes back when the screen is built again.
        ModelsSettings saved = ModelsScreen.settingsIn(ws).read();
        assertThat(saved.file()).isEqualTo(TELCO.toString());
        assertThat(saved.algorithm()).isEqualTo("LOGISTIC");
        ModelsModel reopened = new ModelsScreen(new MlBackend(warehouse, ws.modelsDir()), ModelsScreen.settingsIn(ws),
                executor).model();
        assertThat(reopened.dataKindProperty().get()).isEqualTo(DataKind.FILE);
        assertThat(reopened.fileProperty().get()).isEqualTo(TELCO.toString());
        assertThat(reopened.labelProperty().get()).isEqualTo("Churn");
        assertThat(reopened.treesProperty().get()).isEqualTo(80);
        ModelsScreen again = new ModelsScreen(new MlBackend(warehouse, ws.modelsDir()), ModelsScreen.settingsIn(ws), executor);
        robot.interact(again::activate);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> again.model().shownRunProperty().get() != null);
        assertThat(again.model().shownRunProperty().get().ref()).isEqualTo("churn:1"); // the promoted one
    }

    @Test
    void cancelStopsALongTrainingRunAndSavesNothing(FxRobot robot) throws Exception {
        robot.interact(() -> {
            model.dataKindProperty().set(DataKind.FILE);
            model.fileProperty().set(dir.resolve("no-such.csv").toString());
        });
        robot.clickOn("#models-load");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> model.statusProperty().get().startsWith("Loading data failed"));
        assertThat(model.statusProperty().get()).contains("no-such.csv");
        loadTelco(robot);
        robot.interact(() -> {
            model.treesProperty().set(5000);
            model.maxDepthProperty().set(8);
        });
        fire(robot, "#models-train");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> model.statusProperty().get().startsWith("training gbt"));
        Thread.sleep(300);
        robot.clickOn("#models-cancel");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !model.runningProperty().get());
        assertThat(model.statusProperty().get()).endsWith("cancelled.");
        assertThat(model.trainedRunsProperty().get()).isZero();
        assertThat(new ModelRegistry(dir.resolve("ws/models")).versions("churn")).isEmpty();
    }

    @Test
    void clustersCustomersAndShowsProfiles(FxRobot robot) throws Exception {
        loadTelco(robot);
        robot.interact(() -> {
            model.kAutoProperty().set(true);
            model.kMaxProperty().set(4);
        });
        fire(robot, "#models-cluster");
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> model.clusterResultProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        ClusterResult r = model.clusterResultProperty().get();
        assertThat(r.k()).isBetween(2, 4);
        assertThat(r.silhouetteByK()).containsOnlyKeys(2, 3, 4);
        assertThat(r.profiles().getFirst()).containsKey("tenure").doesNotContainKey("Churn");
        assertThat(robot.lookup("#models-cluster-profile").queryAs(BarChart.class).getData()).hasSize(r.k());
        assertThat(robot.lookup("#models-cluster-table").queryAs(TableView.class).getItems()).isNotEmpty();
        assertThat(new ModelRegistry(dir.resolve("ws/models")).versions("segments")).containsExactly(1);

        // One model per cluster, or one for everyone? Same split, paired bootstrap on the AUC difference.
        robot.interact(() -> {
            model.treesProperty().set(60);
            model.maxDepthProperty().set(3);
        });
        fire(robot, "#models-per-cluster");
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> model.perClusterProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        var perCluster = model.perClusterProperty().get();
        assertThat(perCluster.clusters()).hasSize(r.k());
        assertThat(perCluster.global().auc()).isBetween(0.80, 0.88);
        assertThat(perCluster.difference().interval().contains(perCluster.difference().interval().estimate())).isTrue();
        assertThat(robot.lookup("#models-per-cluster-table").queryAs(TableView.class).getItems()).hasSize(r.k());
        assertThat(model.statusProperty().get()).startsWith("Per-cluster AUC");
        screenshot(robot, "gui-models-clusters.png");
    }

    /** Presses a button as a click would; set-up buttons may sit below the fold of the scrolling column. */
    private static void fire(FxRobot robot, String id) {
        robot.interact(() -> robot.lookup(id).queryButton().fire());
    }

    private static long count(String cellText) {
        return Long.parseLong(cellText.substring(cellText.indexOf('\n') + 1).replace(",", ""));
    }

    private RunRecord run(String ref) {
        return model.runs().stream().filter(r -> r.ref().equals(ref)).findFirst().orElseThrow();
    }

    private void screenshot(FxRobot robot, String name) throws Exception {
        Files.createDirectories(SHOTS);
        robot.interact(() -> robot.lookup("#models-setup-scroll").queryAs(javafx.scene.control.ScrollPane.class).setVvalue(0));
        Thread.sleep(300);
        WaitForAsyncUtils.waitForFxEvents();
        var image = WaitForAsyncUtils.asyncFx(() -> window.scene().snapshot(null)).get(10, TimeUnit.SECONDS);
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", SHOTS.resolve(name).toFile());
    }
}
