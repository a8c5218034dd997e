package dev.playlens.ml.train;

import dev.playlens.ml.eval.BinaryMetrics;
import dev.playlens.ml.eval.Bootstrap;
import dev.playlens.ml.eval.Curves;
import dev.playlens.ml.model.Algorithm;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a training run produced. {@code version} is null when the model was not saved. {@link #summary()} is
 * the {@code playlens train --json} object.
 */
public record TrainResult(String name, Integer version, Algorithm algorithm, long seed, int trainRows, int testRows,
                          List<String> features, BinaryMetrics metrics, Bootstrap.Interval aucInterval,
                          CrossValidationSummary crossValidation, Curves curves, Map<String, Double> importance,
                          List<String> dataReport, TestPredictions testPredictions) {

    public Map<String, Object> summary() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("version", version);
        m.put("algorithm", algorithm.cliName());
        m.put("seed", seed);
        m.putAll(metricsMap(metrics));
        m.put("auc_ci_low", aucInterval.lower());
        m.put("auc_ci_high", aucInterval.upper());
        m.put("auc_ci_level", aucInterval.level());
        if (crossValidation != null) {
            m.put("cv_auc_mean", crossValidation.mean());
            m.put("cv_auc_std", crossValidation.std());
            m.put("cv_folds", crossValidation.foldAuc().size());
        }
        m.put("train_rows", trainRows);
        m.put("test_rows", testRows);
        m.put("features", features.size());
        return m;
    }

    /** Test-set metrics under their JSON names. */
    public static Map<String, Object> metricsMap(BinaryMetrics b) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("auc", b.auc());
        m.put("pr_auc", b.prAuc());
        m.put("accuracy", b.accuracy());
        m.put("precision", b.precision());
        m.put("recall", b.recall());
        m.put("f1", b.f1());
        m.put("logloss", b.logLoss());
        m.put("brier", b.brier());
        m.put("threshold", b.threshold());
        var c = b.confusion();
        m.put("confusion", Map.of("tp", c.truePositive(), "fp", c.falsePositive(), "tn", c.trueNegative(),
                "fn", c.falseNegative()));
        return m;
    }
}
