package dev.playlens.ml;

import dev.playlens.core.job.JobContext;
import dev.playlens.ml.eval.Auc;
import dev.playlens.ml.eval.BinaryMetrics;
import dev.playlens.ml.eval.Bootstrap;
import dev.playlens.ml.eval.StratifiedSplit;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class EvaluationTest {

    @Test
    void aucCountsOrderedPairsAndHalfTies() {
        int[] y = {0, 0, 1, 1, 0, 1};
        double[] p = {0.1, 0.4, 0.35, 0.8, 0.8, 0.9};
        // Positive/negative pairs (9): 0.35 beats 0.1 only (1); 0.8 beats 0.1, 0.4, ties 0.8 (2.5); 0.9 beats all (3).
        assertThat(Auc.roc(y, p)).isCloseTo(6.5 / 9, within(1e-12));
    }

    @Test
    void thresholdMetricsFromAHandCountedConfusionMatrix() {
        int[] y = {1, 1, 1, 0, 0, 0, 0, 1};
        double[] p = {0.9, 0.6, 0.2, 0.7, 0.1, 0.3, 0.4, 0.55};
        BinaryMetrics m = BinaryMetrics.compute(y, p, 0.5);
        // predicted positive: 0.9(1) 0.6(1) 0.7(0) 0.55(1) → tp 3, fp 1; fn 1 (0.2); tn 3.
        assertThat(m.confusion()).isEqualTo(new BinaryMetrics.ConfusionMatrix(3, 1, 3, 1));
        assertThat(m.accuracy()).isEqualTo(0.75);
        assertThat(m.precision()).isEqualTo(0.75);
        assertThat(m.recall()).isEqualTo(0.75);
        assertThat(m.f1()).isEqualTo(0.75);
        double brier = (0.01 + 0.16 + 0.64 + 0.49 + 0.01 + 0.09 + 0.16 + 0.2025) / 8;
        assertThat(m.brier()).isCloseTo(brier, within(1e-12));
    }

    @Test
    void stratifiedSplitKeepsTheClassRatioAndIsSeeded() {
        int[] y = new int[1000];
        for (int i = 0; i < 1000; i++) y[i] = i % 4 == 0 ? 1 : 0; // 250 positives
        var a = StratifiedSplit.trainTest(y, 0.2, 5);
        var b = StratifiedSplit.trainTest(y, 0.2, 5);
        assertThat(a.test()).containsExactly(b.test());
        assertThat(a.test()).hasSize(200);
        assertThat(Arrays.stream(a.test()).filter(i -> y[i] == 1).count()).isEqualTo(50);
        var folds = StratifiedSplit.kFold(y, 5, 5);
        assertThat(folds.stream().mapToInt(f -> f.test().length).sum()).isEqualTo(1000);
        assertThat(folds).allSatisfy(f -> assertThat(Arrays.stream(f.test()).filter(i -> y[i] == 1).count()).isEqualTo(50));
    }

    @Test
    void pairedBootstrapSeesNoDifferenceBetweenAModelAndItself() {
        int[] y = new int[400];
        double[] p = new double[400];
        java.util.Random r = new java.util.Random(1);
        for (int i = 0; i < 400; i++) {
            y[i] = r.nextDouble() < 0.3 ? 1 : 0;
            p[i] = 0.5 * y[i] + r.nextDouble();
        }
        var d = new Bootstrap(500, 0.95).aucDifference(y, p, p.clone(), 3, JobContext.silent());
        assertThat(d.interval().lower()).isZero();
        assertThat(d.interval().upper()).isZero();
        assertThat(d.significant()).isFalse();
    }
}
