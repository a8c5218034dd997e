package dev.playlens.ml.cluster;

import dev.playlens.core.job.JobContext;
import smile.clustering.CentroidClustering;
import smile.clustering.KMeans;
import smile.math.MathEx;

import java.util.LinkedHashMap;
import java.util.Map;

/** Smile's K-Means (k-means++ seeding) on standardised features; k fixed, or the k in a range with the best silhouette. */
public final class KMeansClusterer {

    /** The chosen model, the row assignments, and the silhouette of each k tried. */
    public record Fit(ClusterModel model, int[] labels, Map<Integer, Double> silhouetteByK) {
        public double silhouette() {
            return silhouetteByK.get(model.k());
        }
    }

    private final Silhouette silhouette;
    private final int maxIterations;

    public KMeansClusterer(Silhouette silhouette, int maxIterations) {
        this.silhouette = silhouette;
        this.maxIterations = maxIterations;
    }

    public KMeansClusterer() {
        this(new Silhouette(2000), 100);
    }

    public Fit fit(double[][] x, int kMin, int kMax, long seed, JobContext context) {
        if (kMin < 2 || kMax < kMin) throw new IllegalArgumentException("k range must satisfy 2 <= min <= max, got " + kMin + ".." + kMax);
        if (x.length <= kMax) throw new IllegalArgumentException("need more rows (" + x.length + ") than clusters (" + kMax + ")");
        ClusterModel standard = ClusterModel.standardisation(x);
        double[][] z = standard.standardise(x);
        Map<Integer, Double> scores = new LinkedHashMap<>();
        Fit best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int k = kMin; k <= kMax; k++) {
            context.checkCancelled();
            context.progress(k - kMin, kMax - kMin + 1, "k-means with k=" + k);
            MathEx.setSeed(seed + k);
            CentroidClustering<double[], double[]> km = KMeans.fit(z, k, maxIterations);
            int[] labels = km.group().clone();
            double s = silhouette.score(z, labels, k, seed);
            scores.put(k, s);
            if (s > bestScore) {
                bestScore = s;
                best = new Fit(new ClusterModel(standard.mean(), standard.scale(), km.centers()), labels, scores);
            }
        }
        return new Fit(best.model(), best.labels(), java.util.Collections.unmodifiableMap(scores));
    }
}
