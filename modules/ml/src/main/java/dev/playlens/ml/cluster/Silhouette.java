package dev.playlens.ml.cluster;

import java.util.Random;

/**
 * Mean silhouette width: for each point, (b − a) / max(a, b) where a is the mean distance to its own cluster and
 * b to the nearest other cluster. Exact on up to {@code maxPoints} points, else on a seeded sample (it is O(n²)).
 */
public final class Silhouette {
    private final int maxPoints;

    public Silhouette(int maxPoints) {
        this.maxPoints = maxPoints;
    }

    public double score(double[][] z, int[] labels, int k, long seed) {
        int n = z.length;
        int[] idx;
        if (n <= maxPoints) {
            idx = java.util.stream.IntStream.range(0, n).toArray();
        } else {
            Random r = new Random(seed);
            idx = r.ints(0, n).distinct().limit(maxPoints).sorted().toArray();
        }
        double total = 0;
        for (int i : idx) {
            double[] sum = new double[k];
            int[] count = new int[k];
            for (int j : idx) {
                if (i == j) continue;
                sum[labels[j]] += Math.sqrt(ClusterModel.squaredDistance(z[i], z[j]));
                count[labels[j]]++;
            }
            if (count[labels[i]] == 0) continue; // a singleton's silhouette is defined as 0
            double a = sum[labels[i]] / count[labels[i]];
            double b = Double.POSITIVE_INFINITY;
            for (int c = 0; c < k; c++) if (c != labels[i] && count[c] > 0) b = Math.min(b, sum[c] / count[c]);
            total += (b - a) / Math.max(a, b);
        }
        return total / Math.max(1, idx.length);
    }
}
