package dev.playlens.ml;

import dev.playlens.core.job.JobContext;
import dev.playlens.ml.data.RawTable;
import dev.playlens.ml.eval.Bootstrap;
import dev.playlens.ml.model.Algorithm;
import dev.playlens.ml.train.TrainRequest;
import dev.playlens.ml.train.TrainResult;
import dev.playlens.ml.train.TrainingService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The IBM Telco churn set: published GBT results are AUC ≈ 0.83–0.85, accuracy ≈ 0.80 on an 80/20 split. */
class TelcoChurnTest {
    private static final TrainingService service = Fixtures.training(null);
    private static RawTable telco;
    private static TrainResult gbt;

    @BeforeAll
    static void trainDefaultGbt() throws Exception {
        telco = Fixtures.loader().load(Fixtures.telco(), JobContext.silent());
        gbt = service.train(TrainRequest.of(Fixtures.telco(), "Churn", "Yes"), telco, JobContext.silent());
    }

    @Test
    void defaultGbtMatchesPublishedResults() {
        System.out.println("Telco GBT: " + gbt.summary());
        assertThat(gbt.testRows()).isEqualTo(1409); // 20% of 7043, rounded per class
        assertThat(gbt.metrics().positives()).isEqualTo(374); // 1869 positives * 0.2, rounded
        assertThat(gbt.metrics().auc()).isGreaterThanOrEqualTo(0.82).isLessThan(0.90);
        assertThat(gbt.metrics().accuracy()).isGreaterThanOrEqualTo(0.78);
        assertThat(gbt.metrics().logLoss()).isBetween(0.35, 0.50);
        assertThat(gbt.importance().keySet()).contains("Contract", "tenure");
        assertThat(gbt.importance().keySet().stream().limit(5)).contains("Contract");
    }

    @Test
    void dataReportExplainsIdAndBlankTotals() {
        assertThat(gbt.dataReport()).anyMatch(l -> l.startsWith("dropped customerID: ID-like"));
        assertThat(gbt.dataReport()).anyMatch(l -> l.startsWith("TotalCharges: 11 value(s) treated as missing"));
        assertThat(gbt.dataReport()).anyMatch(l -> l.startsWith("categorical Contract: one-hot, 3 levels"));
        assertThat(gbt.features()).doesNotContain("customerID").contains("TotalCharges", "Contract=Month-to-month");
    }

    @Test
    void bootstrapIntervalContainsPointAucWithSaneWidth() {
        Bootstrap.Interval ci = gbt.aucInterval();
        assertThat(ci.contains(gbt.metrics().auc())).isTrue();
        // Hanley-McNeil SE for AUC 0.84 with 374/1035 cases is ~0.011, so a 95% interval spans ~0.045.
        assertThat(ci.upper() - ci.lower()).isBetween(0.02, 0.08);
        assertThat(ci.resamples()).isEqualTo(1000);
    }

    @Test
    void sameDataAndSeedGiveIdenticalMetrics() {
        TrainResult again = service.train(TrainRequest.of(Fixtures.telco(), "Churn", "Yes"), telco, JobContext.silent());
        assertThat(again.summary()).isEqualTo(gbt.summary());
        assertThat(again.testPredictions().probabilities()).containsExactly(gbt.testPredictions().probabilities());
        TrainResult otherSeed = service.train(TrainRequest.of(Fixtures.telco(), "Churn", "Yes").withSeed(7), telco,
                JobContext.silent());
        assertThat(otherSeed.metrics().auc()).isNotEqualTo(gbt.metrics().auc());
    }

    @Test
    void curvesAreConsistentWithMetrics() {
        var roc = gbt.curves().roc();
        assertThat(roc.getFirst().x()).isZero();
        assertThat(roc.getLast().x()).isEqualTo(1.0);
        assertThat(roc.getLast().y()).isEqualTo(1.0);
        double trapezoid = 0;
        for (int i = 1; i < roc.size(); i++) {
            trapezoid += (roc.get(i).x() - roc.get(i - 1).x()) * (roc.get(i).y() + roc.get(i - 1).y()) / 2;
        }
        assertThat(trapezoid).isCloseTo(gbt.metrics().auc(), within(1e-9));
        int calibrated = gbt.curves().calibration().stream().mapToInt(b -> b.count()).sum();
        assertThat(calibrated).isEqualTo(gbt.testRows());
    }

    @Test
    void otherAlgorithmsTrainAndPairedBootstrapComparesThem() {
        TrainRequest base = TrainRequest.of(Fixtures.telco(), "Churn", "Yes");
        TrainResult logistic = service.train(base.withAlgorithm(Algorithm.LOGISTIC), telco, JobContext.silent());
        TrainResult forest = service.train(base.withAlgorithm(Algorithm.RANDOM_FOREST)
                .withParams(dev.playlens.ml.model.TrainParams.defaults(Algorithm.RANDOM_FOREST).withTrees(100)), telco,
                JobContext.silent());
        System.out.println("Telco logistic: " + logistic.summary());
        System.out.println("Telco forest: " + forest.summary());
        assertThat(logistic.metrics().auc()).isGreaterThan(0.80);
        assertThat(forest.metrics().auc()).isGreaterThan(0.80);
        // Same split (same seed) → the same test rows, so a paired comparison is valid.
        assertThat(logistic.testPredictions().rows()).containsExactly(gbt.testPredictions().rows());
        Bootstrap.Difference d = new Bootstrap(1000, 0.95).aucDifference(gbt.testPredictions().labels(),
                gbt.testPredictions().probabilities(), logistic.testPredictions().probabilities(), 1, JobContext.silent());
        System.out.println("GBT − logistic AUC: " + d);
        assertThat(d.interval().estimate()).isCloseTo(gbt.metrics().auc() - logistic.metrics().auc(), within(1e-12));
        assertThat(d.interval().contains(d.interval().estimate())).isTrue();
        // The paired interval is narrower than either model's own interval: shared test-set noise cancels.
        assertThat(d.interval().upper() - d.interval().lower())
                .isLessThan(gbt.aucInterval().upper() - gbt.aucInterval().lower());
    }

    @Test
    void crossValidationReportsFoldAucs() {
        TrainResult cv = service.train(TrainRequest.of(Fixtures.telco(), "Churn", "Yes")
                .withAlgorithm(Algorithm.LOGISTIC).withCrossValidation(5), telco, JobContext.silent());
        assertThat(cv.crossValidation().foldAuc()).hasSize(5).allSatisfy(a -> assertThat(a).isBetween(0.78, 0.90));
        assertThat(cv.crossValidation().std()).isLessThan(0.03);
        assertThat(cv.summary()).containsKeys("cv_auc_mean", "cv_auc_std");
    }
}
