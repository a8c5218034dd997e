package dev.playlens.app.models;

import dev.playlens.ml.cluster.ClusterResult;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns cluster profiles (means in each column's own units, category shares) into a comparable picture: each
 * value as a multiple of the all-players average (1 = average), and the columns that separate clusters most.
 */
final class ClusterProfiles {
    private ClusterProfiles() {
    }

    /** The all-players average of each profile value (size-weighted mean of the cluster values). */
    static Map<String, Double> overall(ClusterResult r) {
        Map<String, Double> out = new LinkedHashMap<>();
        long total = 0;
        for (int s : r.sizes()) total += s;
        for (String key : r.profiles().getFirst().keySet()) {
            double sum = 0;
            for (int c = 0; c < r.k(); c++) {
                double v = r.profiles().get(c).get(key);
                if (!Double.isNaN(v)) sum += v * r.sizes()[c];
            }
            out.put(key, sum / total);
        }
        return out;
    }

    /** Cluster value ÷ overall value; NaN when the overall value is zero. */
    static double index(ClusterResult r, int cluster, String key, Map<String, Double> overall) {
        double o = overall.get(key);
        return Math.abs(o) < 1e-12 ? Double.NaN : r.profiles().get(cluster).get(key) / o;
    }

    /** The {@code limit} columns whose cluster values stray furthest from the average. */
    static List<String> distinctive(ClusterResult r, int limit) {
        Map<String, Double> overall = overall(r);
        Map<String, Double> spread = new LinkedHashMap<>();
        for (String key : overall.keySet()) {
            double max = 0;
            for (int c = 0; c < r.k(); c++) {
                double i = index(r, c, key, overall);
                if (!Double.isNaN(i)) max = Math.max(max, Math.abs(Math.log(Math.max(i, 0.05))));
            }
            spread.put(key, max);
        }
        List<String> keys = new ArrayList<>(spread.keySet());
        keys.sort(Comparator.comparing(spread::get, Comparator.reverseOrder()));
        return keys.subList(0, Math.min(limit, keys.size()));
    }
}
