package dev.playlens.ml.model;

import dev.playlens.core.job.JobCancelledException;
import dev.playlens.core.job.JobContext;
import dev.playlens.ml.eval.Auc;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The XGBoost engine behind {@code gbt}: native library, determinism, artifact format, parameter mapping. */
class XgboostGbtTest {
    private static final TrainParams SMALL = new TrainParams(40, 3, 8, 1, 0.3, 1.0, 0);

    /** XOR of the signs of x0 and x1 (no single feature and no linear model separates it); x2 is constant. */
    private record Xor(double[][] x, int[] y) {
        static Xor of(int n, long seed) {
            Random r = new Random(seed);
            double[][] x = new double[n][];
            int[] y = new int[n];
            for (int i = 0; i < n; i++) {
                x[i] = new double[]{r.nextDouble() * 2 - 1, r.nextDouble() * 2 - 1, 3.0};
                y[i] = x[i][0] * x[i][1] > 0 ? 1 : 0;
            }
            return new Xor(x, y);
        }
    }

    @Test
    void nativeLibraryLoadsAndLearnsATinyDataSet() {
        Xor train = Xor.of(400, 1), test = Xor.of(200, 2);
        ProbabilityModel model = new ClassifierTrainer(1).fit(Algorithm.GBT, train.x(), train.y(), SMALL, 42);
        assertThat(model).isInstanceOf(XgboostTreeModel.class);
        double[] p = model.probabilities(test.x());
        assertThat(Arrays.stream(p).min().orElseThrow()).isGreaterThan(0.0);
        assertThat(Arrays.stream(p).max().orElseThrow()).isLessThan(1.0);
        assertThat(Auc.roc(test.y(), p)).isGreaterThan(0.95);
        assertThat(model.probability(test.x()[0])).isEqualTo(p[0]);
        double[] importance = model.importance();
        assertThat(importance[0]).isPositive();
        assertThat(importance[1]).isPositive();
        assertThat(importance[2]).as("a constant feature is never split on").isZero();
    }

    @Test
    void sameSeedGivesByteIdenticalModelsWhateverTheThreadCount() {
        Xor data = Xor.of(3000, 3);
        TrainParams sampled = new TrainParams(30, 4, 12, 5, 0.2, 0.7, 0);
        byte[] one = fit(new XgboostGbt(1, 1), data, sampled, 42).modelBytes();
        for (int threads = 1; threads <= 3; threads++) {
            assertThat(fit(new XgboostGbt(threads, 1), data, sampled, 42).modelBytes())
                    .as("%d thread(s)", threads).isEqualTo(one);
        }
        assertThat(fit(new XgboostGbt(2, 1), data, sampled, 43).modelBytes())
                .as("another seed draws other subsamples").isNotEqualTo(one);
    }

    @Test
    void artifactHoldsXgboostsOwnModelAndScoresIdenticallyAfterJavaSerialisation() throws Exception {
        Xor train = Xor.of(500, 4), test = Xor.of(300, 5);
        XgboostTreeModel model = fit(new XgboostGbt(2, 1), train, SMALL, 42);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(model);
        }
        assertThat(new String(bytes.toByteArray(), StandardCharsets.ISO_8859_1))
                .as("the Booster itself is never Java-serialised").doesNotContain("ml.dmlc");
        XgboostTreeModel back;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            in.setObjectInputFilter(info -> info.serialClass() != null && info.serialClass().getName().startsWith("ml.dmlc")
                    ? java.io.ObjectInputFilter.Status.REJECTED : java.io.ObjectInputFilter.Status.UNDECIDED);
            back = (XgboostTreeModel) in.readObject();
        }
        double[] before = model.probabilities(test.x());
        assertThat(back.probabilities(test.x())).containsExactly(before);
        assertThat(back.importance()).containsExactly(model.importance());

        // The stored bytes are a plain XGBoost model that XGBoost itself scores the same way.
        Booster booster = XGBoost.loadModel(back.modelBytes());
        DMatrix matrix = new DMatrix(XgboostGbt.flatten(test.x(), 3), test.x().length, 3, Float.NaN);
        try {
            float[][] direct = booster.predict(matrix);
            for (int i = 0; i < before.length; i++) assertThat(before[i]).isEqualTo((double) direct[i][0]);
        } finally {
            matrix.dispose();
            booster.dispose();
        }
    }

    @Test
    void nodeSizeIsALowerBoundOnRowsPerLeaf() {
        Xor data = Xor.of(100, 6);
        // Any split of 100 rows leaves a side with at most 50 rows, so nodeSize 60 allows no split at all.
        double[] stump = fit(new XgboostGbt(1, 1), data, new TrainParams(20, 3, 8, 60, 0.3, 1.0, 0), 42)
                .probabilities(data.x());
        assertThat(Arrays.stream(stump).distinct().count()).isEqualTo(1);
        double[] grown = fit(new XgboostGbt(1, 1), data, new TrainParams(20, 3, 8, 5, 0.3, 1.0, 0), 42)
                .probabilities(data.x());
        assertThat(Arrays.stream(grown).distinct().count()).isGreaterThan(4);
    }

    @Test
    void cancelIsHonouredBetweenBoostingRounds() {
        Xor data = Xor.of(200, 7);
        int[] checks = {0};
        JobContext cancelAfterThreeRounds = new JobContext() {
            @Override
            public void progress(long done, long total, String message) {
            }

            @Override
            public boolean isCancelled() {
                return ++checks[0] > 3;
            }
        };
        assertThatThrownBy(() -> new ClassifierTrainer(1).fit(Algorithm.GBT, data.x(), data.y(), SMALL, 42,
                cancelAfterThreeRounds)).isInstanceOf(JobCancelledException.class);
        assertThat(checks[0]).isEqualTo(4);
    }

    @Test
    void smallTablesUseFewerThreads() {
        XgboostGbt gbt = new XgboostGbt(4, XgboostGbt.DEFAULT_ROWS_PER_THREAD);
        assertThat(gbt.threadsFor(5_634)).isEqualTo(1);
        assertThat(gbt.threadsFor(80_000)).isEqualTo(2);
        assertThat(gbt.threadsFor(800_000)).isEqualTo(4);
    }

    private static XgboostTreeModel fit(XgboostGbt gbt, Xor data, TrainParams params, long seed) {
        return (XgboostTreeModel) gbt.fit(data.x(), data.y(), params, seed, JobContext.silent());
    }
}
