package dev.playlens.app.models;

import dev.playlens.app.services.DemoSetup;
import dev.playlens.core.job.JobContext;
import dev.playlens.demo.DemoSpec;
import dev.playlens.ml.data.DataSource;
import dev.playlens.ml.data.GameEventsFeatureQuery;
import dev.playlens.ml.data.RawTable;
import dev.playlens.ml.model.Algorithm;
import dev.playlens.ml.train.TrainRequest;
import dev.playlens.ml.train.TrainResult;
import dev.playlens.warehouse.Credentials;
import dev.playlens.warehouse.Warehouse;
import dev.playlens.warehouse.Warehouses;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The Models screen's back end on a small generated game in DuckDB: the table list, the default per-player
 * feature query, and runs saved with their held-out predictions, compared pairwise and promoted.
 */
class MlBackendTest {
    @TempDir
    static Path dir;
    private static Warehouse warehouse;
    private static MlBackend backend;

    @BeforeAll
    static void demoGame() throws Exception {
        var result = new DemoSetup().generateAndLoad(dir.resolve("game"),
                new DemoSpec(800, 30, 7L, DemoSpec.defaults().startDate()), JobContext.silent());
        warehouse = Warehouses.open(result.workspace().warehouseLocation(), Credentials.none());
        backend = new MlBackend(warehouse, result.workspace().modelsDir());
    }

    @AfterAll
    static void close() throws Exception {
        warehouse.close();
    }

    @Test
    void listsTheWarehouseTables() throws Exception {
        assertThat(backend.tables()).contains("game_events");
    }

    @Test
    void defaultFeatureQueryGivesOneRowPerPlayerWithBothLabels() throws Exception {
        DataSource source = backend.defaultFeatureQuery(null, null, Duration.ofDays(7));
        RawTable table = backend.load(source, JobContext.silent());
        assertThat(table.names()).contains("client_id", "sessions", "playtime_seconds",
                GameEventsFeatureQuery.CHURN_LABEL, GameEventsFeatureQuery.PAYMENT_LABEL);
        assertThat(table.rowCount()).isBetween(100, 800);
        double[] churned = ((dev.playlens.ml.data.RawColumn.Numeric) table.column("churned")).values();
        long churners = java.util.Arrays.stream(churned).filter(v -> v == 1).count();
        assertThat(churners).isPositive().isLessThan(table.rowCount());
    }

    @Test
    void thePaymentLabelTrainsEndToEndWithGradientBoostedTrees(@TempDir Path game) throws Exception {
        // payers are a few percent of players: a bigger game than the shared one, so the test split holds dozens
        var result = new DemoSetup().generateAndLoad(game, new DemoSpec(6000, 30, 11L, DemoSpec.defaults().startDate()),
                JobContext.silent());
        try (Warehouse w = Warehouses.open(result.workspace().warehouseLocation(), Credentials.none())) {
            trainPayment(new MlBackend(w, result.workspace().modelsDir()));
        }
    }

    private static void trainPayment(MlBackend backend) throws Exception {
        DataSource source = backend.defaultFeatureQuery(null, null, Duration.ofDays(7));
        RawTable table = backend.load(source, JobContext.silent());
        double[] paid = ((dev.playlens.ml.data.RawColumn.Numeric) table.column(GameEventsFeatureQuery.PAYMENT_LABEL)).values();
        long payers = java.util.Arrays.stream(paid).filter(v -> v == 1).count();
        assertThat(payers).as("players who pay in the next window").isPositive().isLessThan(table.rowCount());
        TrainRequest payment = new TrainRequest(source, GameEventsFeatureQuery.PAYMENT_LABEL, "1", Algorithm.GBT, null, 42,
                0.25, List.of(GameEventsFeatureQuery.CHURN_LABEL), "demo-payment", 0.5, 0, 200);
        TrainResult r = backend.training().train(payment, table, JobContext.silent());
        System.out.printf("demo payment model: AUC %.3f on %d test rows, %d payers of %d%n", r.metrics().auc(), r.testPredictions().probabilities().length, payers, table.rowCount());
        assertThat(r.metrics().auc()).as("the demo's payers are predictable from their play (0.92 seen)").isGreaterThan(0.75).isLessThanOrEqualTo(1);
        assertThat(backend.registry().currentVersion("demo-payment")).isEqualTo(r.version());
    }

    @Test
    void savedRunsComeBackWithPredictionsAndComparePairwise() throws Exception {
        DataSource source = backend.defaultFeatureQuery(null, null, Duration.ofDays(7));
        RawTable table = backend.load(source, JobContext.silent());
        TrainRequest base = new TrainRequest(source, "churned", "1", Algorithm.LOGISTIC, null, 42, 0.25,
                List.of("paid_next"), "demo-churn", 0.5, 0, 200);
        RunStore store = new RunStore(backend.registry());
        TrainResult a = backend.training().train(base, table, JobContext.silent());
        store.savePredictions(a.name(), a.version(), a.testPredictions());
        TrainResult b = backend.training().train(base.withAlgorithm(Algorithm.RANDOM_FOREST)
                .withParams(dev.playlens.ml.model.TrainParams.defaults(Algorithm.RANDOM_FOREST).withTrees(30)), table,
                JobContext.silent());
        store.savePredictions(b.name(), b.version(), b.testPredictions());

        List<RunRecord> runs = store.runs();
        assertThat(runs).extracting(RunRecord::ref).containsExactlyInAnyOrder("demo-churn:1", "demo-churn:2");
        RunRecord first = runs.stream().filter(r -> r.version() == 1).findFirst().orElseThrow();
        RunRecord second = runs.stream().filter(r -> r.version() == 2).findFirst().orElseThrow();
        assertThat(second.current()).isTrue();
        assertThat(first.predictions().probabilities()).containsExactly(a.testPredictions().probabilities());
        assertThat(first.metric("auc")).isCloseTo(a.metrics().auc(), within(1e-12));

        RunComparison.Row row = new RunComparison(200, 1).compare(List.of(first, second), JobContext.silent()).getFirst();
        assertThat(row.paired()).isTrue();
        assertThat(row.difference()).isCloseTo(b.metrics().auc() - a.metrics().auc(), within(1e-9));
        assertThat(row.lower()).isLessThanOrEqualTo(row.upper());

        store.promote("demo-churn", 1);
        assertThat(backend.registry().currentVersion("demo-churn")).isEqualTo(1);
        assertThat(store.runs()).filteredOn(RunRecord::current).extracting(RunRecord::ref).containsExactly("demo-churn:1");
    }

    @Test
    void runsWithoutSharedTestRowsAreNotPaired() {
        var p1 = new dev.playlens.ml.train.TestPredictions(new int[]{1, 2, 3}, new int[]{0, 1, 1}, new double[]{.2, .7, .9});
        var p2 = new dev.playlens.ml.train.TestPredictions(new int[]{4, 5, 6}, new int[]{0, 1, 1}, new double[]{.2, .7, .9});
        assertThat(RunComparison.paired(p1, p1)).isTrue();
        assertThat(RunComparison.paired(p1, p2)).isFalse();
        assertThat(RunComparison.paired(p1, null)).isFalse();
    }
}
