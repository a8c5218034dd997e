package dev.playlens.ml.model;

import smile.classification.LogisticRegression;

/** L2-regularised logistic regression on features standardised with the training means and deviations. */
final class LogisticModel implements ProbabilityModel {
    private static final long serialVersionUID = 1L;
    private final LogisticRegression.Binomial model;
    private final double[] mean;
    private final double[] scale;

    LogisticModel(LogisticRegression.Binomial model, double[] mean, double[] scale) {
        this.model = model;
        this.mean = mean;
        this.scale = scale;
    }

    static double[][] standardise(double[][] x, double[] mean, double[] scale) {
        double[][] out = new double[x.length][];
        for (int i = 0; i < x.length; i++) out[i] = standardise(x[i], mean, scale);
        return out;
    }

    static double[] standardise(double[] row, double[] mean, double[] scale) {
        double[] z = new double[row.length];
        for (int j = 0; j < row.length; j++) z[j] = (row[j] - mean[j]) / scale[j];
        return z;
    }

    @Override
    public double probability(double[] x) {
        double[] posterior = new double[2];
        model.predict(standardise(x, mean, scale), posterior);
        return posterior[1];
    }

    /** |coefficient| on the standardised scale: the log-odds change per standard deviation. */
    @Override
    public double[] importance() {
        double[] w = model.coefficients();
        double[] out = new double[mean.length];
        for (int j = 0; j < out.length; j++) out[j] = Math.abs(w[j]);
        return out;
    }
}
