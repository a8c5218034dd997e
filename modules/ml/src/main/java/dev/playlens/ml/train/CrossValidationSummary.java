package dev.playlens.ml.train;

import java.util.Arrays;
import java.util.List;

/** Per-fold AUCs of a k-fold cross-validation on the training rows, with their mean and standard deviation. */
public record CrossValidationSummary(List<Double> foldAuc) {

    public double mean() {
        return foldAuc.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }

    public double std() {
        double m = mean();
        double[] v = foldAuc.stream().mapToDouble(d -> (d - m) * (d - m)).toArray();
        return v.length < 2 ? 0 : Math.sqrt(Arrays.stream(v).sum() / (v.length - 1));
    }
}
