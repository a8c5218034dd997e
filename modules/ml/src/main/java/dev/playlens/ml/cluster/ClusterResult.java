package dev.playlens.ml.cluster;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The clustering of users: k, silhouette (and per k tried), cluster sizes, per-cluster profiles (mean of each
 * numeric input column in its own units, and each category's share), and each loaded row's cluster.
 * {@link #summary()} is the {@code playlens cluster --json} object.
 */
public record ClusterResult(String name, Integer version, int k, double silhouette, Map<Integer, Double> silhouetteByK,
                            int[] sizes, List<Map<String, Double>> profiles, int[] assignments, List<String> dataReport) {

    public Map<String, Object> summary() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("version", version);
        m.put("k", k);
        m.put("silhouette", silhouette);
        Map<String, Double> byK = new LinkedHashMap<>();
        silhouetteByK.forEach((kk, s) -> byK.put(Integer.toString(kk), s));
        m.put("silhouette_by_k", byK);
        m.put("sizes", sizes);
        m.put("profiles", profiles);
        return m;
    }
}
