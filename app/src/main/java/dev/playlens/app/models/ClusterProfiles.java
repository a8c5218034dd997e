package dev.playlens.app.models;

import dev.playlens.ml.cluster.ClusterResult;
import dev.playlens.ml.data.RawColumn;
import dev.playlens.ml.data.RawTable;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns cluster profiles (means in each column's own units, category shares) into one comparable scale: how
 * far each cluster sits from all players, in standard deviations of that column (for a category share p the
 * deviation is √(p(1−p))). Playtime in seconds and a 0/1 share then read alike.
 */
final class ClusterProfiles {
    private ClusterProfiles() {
    }

    /** The all-players value of each profile entry (size-weighted mean of the cluster values). */
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

    /** The standard deviation behind each profile entry: from the data for numeric columns, √(p(1−p)) for shares. */
    static Map<String, Double> spread(ClusterResult r, RawTable table) {
        Map<String, Double> overall = overall(r), out = new LinkedHashMap<>();
        for (String key : overall.keySet()) {
            if (table.has(key) && table.column(key) instanceof RawColumn.Numeric n) {
                out.put(key, deviation(n.values()));
            } else {
                double p = overall.get(key);
                out.put(key, Math.sqrt(p * (1 - p)));
            }
        }
        return out;
    }

    private static double deviation(double[] values) {
        double sum = 0, sq = 0;
        int n = 0;
        for (double v : values) {
            if (Double.isNaN(v)) continue;
            sum += v;
            sq += v * v;
            n++;
        }
        if (n < 2) return Double.NaN;
        double mean = sum / n;
        return Math.sqrt(Math.max(0, (sq - n * mean * mean) / (n - 1)));
    }

    /** (cluster − all players) ÷ deviation; NaN when the column does not vary. */
    static double score(ClusterResult r, int cluster, String key, Map<String, Double> overall, Map<String, Double> spread) {
        double sd = spread.getOrDefault(key, Double.NaN);
        if (!(sd > 1e-12)) return Double.NaN;
        return (r.profiles().get(cluster).get(key) - overall.get(key)) / sd;
    }

    /** The {@code limit} entries on which some cluster strays furthest from all players. */
    static List<String> distinctive(ClusterResult r, Map<String, Double> spread, int limit) {
        Map<String, Double> overall = overall(r);
        Map<String, Double> reach = new LinkedHashMap<>();
        for (String key : overall.keySet()) {
            double max = 0;
            for (int c = 0; c < r.k(); c++) {
                double z = score(r, c, key, overall, spread);
                if (!Double.isNaN(z)) max = Math.max(max, Math.abs(z));
            }
            reach.put(key, max);
        }
        List<String> keys = new ArrayList<>(reach.keySet());
        keys.sort(Comparator.comparing(reach::get, Comparator.reverseOrder()));
        return keys.subList(0, Math.min(limit, keys.size()));
    }
}
