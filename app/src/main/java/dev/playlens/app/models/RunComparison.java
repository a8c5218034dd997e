package dev.playlens.app.models;

import dev.playlens.core.job.JobContext;
import dev.playlens.ml.eval.Bootstrap;
import dev.playlens.ml.train.TestPredictions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * AUC differences between runs against a reference run. When both runs scored the same held-out rows (same
 * data, seed and test fraction) the difference gets a paired bootstrap interval; otherwise only the plain
 * difference is given, marked as not paired, because unpaired test sets do not support that interval.
 */
public final class RunComparison {

    /** {@code other − reference}; {@code lower}/{@code upper}/{@code pValue} are NaN when not paired. */
    public record Row(String reference, String other, double difference, double lower, double upper, double pValue,
                      boolean paired) {
        public boolean significant() {
            return paired && (lower > 0 || upper < 0);
        }
    }

    private final int resamples;
    private final long seed;

    public RunComparison(int resamples, long seed) {
        this.resamples = resamples;
        this.seed = seed;
    }

    /** Compares every run after the first with the first. */
    public List<Row> compare(List<RunRecord> runs, JobContext context) {
        if (runs.size() < 2) throw new IllegalArgumentException("pick two or more runs to compare");
        RunRecord ref = runs.getFirst();
        List<Row> out = new ArrayList<>();
        for (int i = 1; i < runs.size(); i++) {
            context.checkCancelled();
            context.progress(i - 1, runs.size() - 1, "comparing " + runs.get(i).ref() + " with " + ref.ref());
            RunRecord other = runs.get(i);
            double plain = other.metric("auc") - ref.metric("auc");
            if (paired(ref.predictions(), other.predictions())) {
                TestPredictions a = other.predictions(), b = ref.predictions();
                Bootstrap.Difference d = new Bootstrap(resamples, 0.95)
                        .aucDifference(a.labels(), a.probabilities(), b.probabilities(), seed, context);
                out.add(new Row(ref.ref(), other.ref(), d.interval().estimate(), d.interval().lower(),
                        d.interval().upper(), d.pValue(), true));
            } else {
                out.add(new Row(ref.ref(), other.ref(), plain, Double.NaN, Double.NaN, Double.NaN, false));
            }
        }
        return out;
    }

    static boolean paired(TestPredictions a, TestPredictions b) {
        return a != null && b != null && Arrays.equals(a.rows(), b.rows()) && Arrays.equals(a.labels(), b.labels());
    }
}
