package dev.playlens.ml.model;

import dev.playlens.core.job.JobContext;
import smile.classification.LogisticRegression;
import smile.classification.RandomForest;
import smile.data.DataFrame;
import smile.data.formula.Formula;
import smile.data.type.StructType;
import smile.data.vector.IntVector;
import smile.math.MathEx;
import smile.model.cart.SplitRule;

import java.util.Random;

/**
 * Fits a {@link ProbabilityModel}: gradient-boosted trees with XGBoost ({@link XgboostGbt}), random forest and
 * logistic regression with Smile. Every source of randomness is seeded from {@code seed} (XGBoost's row sampler,
 * Smile's per-thread generator and the forest's per-tree seeds), so the same data and seed give the same model.
 */
public final class ClassifierTrainer {
    private static final String LABEL = "__label";
    private final XgboostGbt gbt;

    /** GBT may use every available processor; its results do not depend on the thread count (tested). */
    public ClassifierTrainer() {
        this(Runtime.getRuntime().availableProcessors());
    }

    /**
     * {@code gbtMaxThreads}: at most this many native threads for XGBoost (e.g. fewer on a machine shared with a
     * GUI); small tables use fewer, one per 50,000 training rows.
     */
    public ClassifierTrainer(int gbtMaxThreads) {
        this(new XgboostGbt(gbtMaxThreads, XgboostGbt.DEFAULT_ROWS_PER_THREAD));
    }

    ClassifierTrainer(XgboostGbt gbt) {
        this.gbt = gbt;
    }

    public ProbabilityModel fit(Algorithm algorithm, double[][] x, int[] y, TrainParams params, long seed) {
        return fit(algorithm, x, y, params, seed, JobContext.silent());
    }

    /** As above; GBT checks {@code context} for a cancel request between boosting rounds. */
    public ProbabilityModel fit(Algorithm algorithm, double[][] x, int[] y, TrainParams params, long seed,
                                JobContext context) {
        checkBothClasses(y);
        return switch (algorithm) {
            case GBT -> gbt.fit(x, y, params, seed, context);
            case RANDOM_FOREST -> forest(x, y, params, seed);
            case LOGISTIC -> logistic(x, y, params);
        };
    }

    private static ProbabilityModel forest(double[][] x, int[] y, TrainParams p, long seed) {
        DataFrame df = frame(x, y);
        MathEx.setSeed(seed);
        Random r = new Random(seed);
        long[] seeds = new long[p.trees()];
        for (int i = 0; i < seeds.length; i++) seeds[i] = r.nextLong();
        int mtry = Math.max(1, (int) Math.floor(Math.sqrt(x[0].length)));
        var options = new RandomForest.Options(p.trees(), mtry, SplitRule.GINI, p.maxDepth(), p.maxNodes(),
                p.nodeSize(), p.subsample(), null, seeds, null);
        RandomForest model = RandomForest.fit(Formula.lhs(LABEL), df, options);
        return new SmileTreeModel(model, featureSchema(x[0].length), model.importance());
    }

    private static ProbabilityModel logistic(double[][] x, int[] y, TrainParams p) {
        int d = x[0].length;
        double[] mean = new double[d], scale = new double[d];
        for (double[] row : x) for (int j = 0; j < d; j++) mean[j] += row[j] / x.length;
        for (double[] row : x) for (int j = 0; j < d; j++) scale[j] += (row[j] - mean[j]) * (row[j] - mean[j]) / x.length;
        for (int j = 0; j < d; j++) scale[j] = scale[j] > 1e-12 ? Math.sqrt(scale[j]) : 1;
        var model = LogisticRegression.binomial(LogisticModel.standardise(x, mean, scale), y,
                new LogisticRegression.Options(p.lambda(), 1e-5, 500));
        return new LogisticModel(model, mean, scale);
    }

    /** The label goes last so that feature i is column i both in training and in prediction tuples. */
    private static DataFrame frame(double[][] x, int[] y) {
        return DataFrame.of(x, names(x[0].length)).merge(new DataFrame(new IntVector(LABEL, y)));
    }

    private static StructType featureSchema(int d) {
        return DataFrame.of(new double[][]{new double[d]}, names(d)).schema();
    }

    private static String[] names(int d) {
        String[] names = new String[d];
        for (int j = 0; j < d; j++) names[j] = "f" + j;
        return names;
    }

    private static void checkBothClasses(int[] y) {
        int pos = 0;
        for (int v : y) pos += v;
        if (pos == 0 || pos == y.length) {
            throw new IllegalArgumentException("the training rows hold only one class (" + pos + " positive of "
                    + y.length + "); a classifier needs both");
        }
    }
}
