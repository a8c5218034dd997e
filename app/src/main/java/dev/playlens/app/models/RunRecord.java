package dev.playlens.app.models;

import dev.playlens.ml.registry.ModelMetadata;
import dev.playlens.ml.train.TestPredictions;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One classifier version on the leaderboard: its registry metadata, whether it is the name's current version,
 * and its held-out predictions (null for versions trained outside this screen) from which curves and paired
 * comparisons are computed.
 */
public record RunRecord(ModelMetadata metadata, boolean current, TestPredictions predictions) {

    public String name() {
        return metadata.name();
    }

    public int version() {
        return metadata.version();
    }

    public String ref() {
        return name() + ":" + version();
    }

    public String algorithm() {
        return metadata.algorithm();
    }

    public double metric(String key) {
        return metadata.metrics().get(key) instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    public double threshold() {
        double t = metric("threshold");
        return Double.isNaN(t) ? 0.5 : t;
    }

    /** Importance by input column, largest first, as the training run stored it. */
    public Map<String, Double> importance() {
        Map<String, Double> out = new LinkedHashMap<>();
        if (metadata.metrics().get("importance") instanceof Map<?, ?> m) {
            m.forEach((k, v) -> {
                if (v instanceof Number n) out.put(String.valueOf(k), n.doubleValue());
            });
        }
        return out;
    }

    public RunRecord withCurrent(boolean c) {
        return new RunRecord(metadata, c, predictions);
    }
}
