package dev.playlens.ml.cluster;

import dev.playlens.ml.data.DataSource;

import java.util.List;
import java.util.Objects;

/**
 * {@code playlens cluster DATA --k K|auto [--seed S] [--name NAME]}: {@code k} null means "auto" (the best
 * silhouette in [kMin, kMax]). {@code drop} columns are left out (always drop the label if there is one).
 */
public record ClusterRequest(DataSource data, Integer k, int kMin, int kMax, long seed, List<String> drop, String name) {

    public ClusterRequest {
        Objects.requireNonNull(data, "data");
        drop = drop == null ? List.of() : List.copyOf(drop);
        if (k != null && k < 2) throw new IllegalArgumentException("--k must be >= 2 or auto, got " + k);
    }

    /** Parses the CLI's {@code --k} value. */
    public static ClusterRequest of(DataSource data, String k, long seed, List<String> drop, String name) {
        Integer fixed = null;
        if (!"auto".equalsIgnoreCase(k)) {
            try {
                fixed = Integer.parseInt(k);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--k: expected a number or auto, got " + k);
            }
        }
        return new ClusterRequest(data, fixed, 2, 8, seed, drop, name);
    }

    public int from() {
        return k != null ? k : kMin;
    }

    public int to() {
        return k != null ? k : kMax;
    }
}
