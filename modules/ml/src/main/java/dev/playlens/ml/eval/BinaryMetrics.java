package dev.playlens.ml.eval;

/**
 * Test-set metrics of a probabilistic binary classifier. Threshold-dependent ones (accuracy, precision, recall,
 * F1, the confusion matrix) use {@code threshold}; log-loss clips probabilities to [1e-15, 1 - 1e-15].
 */
public record BinaryMetrics(int n, int positives, double auc, double prAuc, double accuracy, double precision,
                            double recall, double f1, double logLoss, double brier, double threshold,
                            ConfusionMatrix confusion) {

    public record ConfusionMatrix(long truePositive, long falsePositive, long trueNegative, long falseNegative) {
    }

    public static BinaryMetrics compute(int[] y, double[] p, double threshold) {
        if (y.length != p.length) throw new IllegalArgumentException("labels and predictions differ in length");
        long tp = 0, fp = 0, tn = 0, fn = 0;
        double logLoss = 0, brier = 0;
        int pos = 0;
        for (int i = 0; i < y.length; i++) {
            boolean predicted = p[i] >= threshold;
            if (y[i] == 1) {
                pos++;
                if (predicted) tp++; else fn++;
            } else {
                if (predicted) fp++; else tn++;
            }
            double q = Math.min(Math.max(p[i], 1e-15), 1 - 1e-15);
            logLoss -= y[i] == 1 ? Math.log(q) : Math.log(1 - q);
            brier += (p[i] - y[i]) * (p[i] - y[i]);
        }
        int n = y.length;
        double precision = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        double recall = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new BinaryMetrics(n, pos, Auc.roc(y, p), Auc.pr(y, p), (double) (tp + tn) / n, precision, recall, f1,
                logLoss / n, brier / n, threshold, new ConfusionMatrix(tp, fp, tn, fn));
    }
}
