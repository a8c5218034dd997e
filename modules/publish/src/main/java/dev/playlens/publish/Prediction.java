package dev.playlens.publish;

import java.time.Instant;
import java.util.Objects;

/**
 * One user's published answer from one model version. Classifiers fill {@code score} (P(positive)) and
 * {@code label} (1 when the score reaches the model's threshold, else 0); clusterings fill {@code cluster};
 * per-cluster classifiers fill all three.
 */
public record Prediction(String model, int version, String userId, Double score, Integer label, Integer cluster,
                         Instant scoredAt) {

    public Prediction {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(scoredAt, "scoredAt");
    }

    /** The compact cache value: {"score":…,"label":…,"cluster":…} (absent parts are null). */
    public String cacheJson() {
        StringBuilder sb = new StringBuilder(48);
        sb.append("{\"score\":").append(score == null ? "null" : Double.toString(score))
                .append(",\"label\":").append(label == null ? "null" : label.toString())
                .append(",\"cluster\":").append(cluster == null ? "null" : cluster.toString()).append('}');
        return sb.toString();
    }
}
