package dev.playlens.ml.cluster;

import java.io.Serializable;

/**
 * Fitted K-Means on standardised features: the standardisation (training mean and deviation per feature) and
 * the centroids in standardised units. Standardising first stops large-valued features (playtime in seconds)
 * from drowning out small ones (sessions).
 */
public record ClusterModel(double[] mean, double[] scale, double[][] centroids) implements Serializable {

    public int k() {
        return centroids.length;
    }

    public double[][] standardise(double[][] x) {
        double[][] z = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            z[i] = new double[x[i].length];
            for (int j = 0; j < x[i].length; j++) z[i][j] = (x[i][j] - mean[j]) / scale[j];
        }
        return z;
    }

    public int[] assign(double[][] x) {
        double[][] z = standardise(x);
        int[] out = new int[z.length];
        for (int i = 0; i < z.length; i++) out[i] = nearest(z[i]);
        return out;
    }

    int nearest(double[] z) {
        int best = 0;
        double bestD = Double.POSITIVE_INFINITY;
        for (int c = 0; c < centroids.length; c++) {
            double d = squaredDistance(z, centroids[c]);
            if (d < bestD) {
                bestD = d;
                best = c;
            }
        }
        return best;
    }

    static double squaredDistance(double[] a, double[] b) {
        double s = 0;
        for (int j = 0; j < a.length; j++) s += (a[j] - b[j]) * (a[j] - b[j]);
        return s;
    }

    public static ClusterModel standardisation(double[][] x) {
        int d = x[0].length;
        double[] mean = new double[d], scale = new double[d];
        for (double[] row : x) for (int j = 0; j < d; j++) mean[j] += row[j] / x.length;
        for (double[] row : x) for (int j = 0; j < d; j++) scale[j] += (row[j] - mean[j]) * (row[j] - mean[j]) / x.length;
        for (int j = 0; j < d; j++) scale[j] = scale[j] > 1e-12 ? Math.sqrt(scale[j]) : 1;
        return new ClusterModel(mean, scale, new double[0][]);
    }
}
