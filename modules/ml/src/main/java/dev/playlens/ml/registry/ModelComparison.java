package dev.playlens.ml.registry;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code playlens models compare A B}: the numeric metrics of two registered models side by side, with B − A.
 * Metrics measured on different test sets are not a paired comparison; {@code sameData} says whether the data
 * hash, label, seed and test fraction match (only then are the two test sets identical).
 */
public record ModelComparison(ModelMetadata a, ModelMetadata b, Map<String, double[]> metrics, boolean sameData) {

    public static ModelComparison of(ModelRegistry registry, ModelRef a, ModelRef b) throws IOException {
        ModelMetadata ma = registry.show(a), mb = registry.show(b);
        Map<String, double[]> rows = new LinkedHashMap<>();
        Set<String> keys = new TreeSet<>(ma.metrics().keySet());
        keys.retainAll(mb.metrics().keySet());
        for (String k : keys) {
            if (ma.metrics().get(k) instanceof Number x && mb.metrics().get(k) instanceof Number y) {
                rows.put(k, new double[]{x.doubleValue(), y.doubleValue(), y.doubleValue() - x.doubleValue()});
            }
        }
        boolean same = ma.dataHash().equals(mb.dataHash()) && ma.label().equals(mb.label()) && ma.seed() == mb.seed()
                && String.valueOf(ma.parameters().get("testFraction")).equals(String.valueOf(mb.parameters().get("testFraction")));
        return new ModelComparison(ma, mb, rows, same);
    }
}
