package dev.playlens.ml.eval;

import dev.playlens.core.job.JobContext;

import java.util.Arrays;
import java.util.Random;

/**
 * Percentile bootstrap over test rows: a confidence interval for one model's AUC, and a paired one for the AUC
 * difference of two models scored on the same rows (the same resample is used for both, so shared noise cancels).
 */
public final class Bootstrap {

    public record Interval(double estimate, double lower, double upper, double level, int resamples) {
        public boolean contains(double v) {
            return v >= lower && v <= upper;
        }
    }

    /**
     * The paired difference A − B. {@code pValue} is the two-sided bootstrap p-value of "no difference";
     * {@code significant} says whether the interval excludes zero.
     */
    public record Difference(Interval interval, double pValue) {
        public boolean significant() {
            return interval.lower() > 0 || interval.upper() < 0;
        }
    }

    private final int resamples;
    private final double level;

    public Bootstrap(int resamples, double level) {
        if (resamples < 100) throw new IllegalArgumentException("bootstrap needs at least 100 resamples");
        this.resamples = resamples;
        this.level = level;
    }

    public Interval auc(int[] y, double[] p, long seed, JobContext context) {
        return difference(y, p, null, seed, context).interval();
    }

    public Difference aucDifference(int[] y, double[] a, double[] b, long seed, JobContext context) {
        return difference(y, a, b, seed, context);
    }

    private Difference difference(int[] y, double[] a, double[] b, long seed, JobContext context) {
        Random random = new Random(seed);
        int n = y.length;
        double[] stats = new double[resamples];
        int[] ys = new int[n];
        double[] as = new double[n], bs = new double[n];
        int valid = 0;
        for (int r = 0; r < resamples; r++) {
            if (r % 50 == 0) context.checkCancelled();
            for (int i = 0; i < n; i++) {
                int k = random.nextInt(n);
                ys[i] = y[k];
                as[i] = a[k];
                if (b != null) bs[i] = b[k];
            }
            double s = Auc.roc(ys, as) - (b == null ? 0 : Auc.roc(ys, bs));
            if (!Double.isNaN(s)) stats[valid++] = s; // a resample with one class has no AUC
        }
        double[] sorted = Arrays.copyOf(stats, valid);
        Arrays.sort(sorted);
        double alpha = (1 - level) / 2;
        double estimate = Auc.roc(y, a) - (b == null ? 0 : Auc.roc(y, b));
        Interval interval = new Interval(estimate, quantile(sorted, alpha), quantile(sorted, 1 - alpha), level, valid);
        long below = Arrays.stream(sorted).filter(v -> v <= 0).count();
        long above = Arrays.stream(sorted).filter(v -> v >= 0).count();
        double pValue = Math.min(1, 2.0 * Math.min(below, above) / Math.max(1, valid));
        return new Difference(interval, pValue);
    }

    private static double quantile(double[] sorted, double q) {
        double pos = q * (sorted.length - 1);
        int lo = (int) Math.floor(pos), hi = (int) Math.ceil(pos);
        return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
    }
}
