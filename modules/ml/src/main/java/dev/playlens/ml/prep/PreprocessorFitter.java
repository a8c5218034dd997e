package dev.playlens.ml.prep;

import dev.playlens.ml.data.RawColumn;
import dev.playlens.ml.data.RawTable;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides, from training rows only (so the test split cannot leak into the encoding), which columns become
 * features and how, and writes each decision into the {@link DataReport}.
 */
public final class PreprocessorFitter {
    private static final Pattern ID_NAME = Pattern.compile("(?i:(^|[_\\s-])(id|uuid|guid|idx|index)$)|[a-z](ID|Id)$");
    private final int maxCategories;

    public PreprocessorFitter(int maxCategories) {
        this.maxCategories = maxCategories;
    }

    public PreprocessorFitter() {
        this(30);
    }

    public Preprocessor fit(RawTable train, Collection<String> excluded, DataReport report) {
        List<ColumnSchema> schema = new ArrayList<>();
        Set<String> excludedSet = new HashSet<>(excluded);
        for (RawColumn col : train.columns()) {
            if (excludedSet.contains(col.name())) continue;
            String why = dropReason(col);
            if (why != null) {
                report.add("dropped " + col.name() + ": " + why);
                continue;
            }
            schema.add(switch (col) {
                case RawColumn.Numeric n -> numeric(n, report);
                case RawColumn.Text t -> categorical(t, report);
            });
        }
        if (schema.isEmpty()) throw new IllegalArgumentException("no usable feature columns left (see the data report)");
        return new Preprocessor(schema);
    }

    private static String dropReason(RawColumn col) {
        int n = col.size();
        Set<String> distinct = new HashSet<>();
        int present = 0;
        for (int i = 0; i < n; i++) {
            if (col.isMissing(i)) continue;
            present++;
            if (distinct.size() <= n) distinct.add(LabelSpec.text(col, i));
        }
        if (present == 0) return "every value is missing";
        if (distinct.size() == 1) return "constant (" + distinct.iterator().next() + ")";
        boolean unique = distinct.size() == present;
        boolean idName = ID_NAME.matcher(col.name().strip()).find();
        if (col instanceof RawColumn.Text && distinct.size() > 0.95 * present && present > 20) {
            return "ID-like (" + distinct.size() + " distinct text values in " + present + " rows)";
        }
        if (idName && unique && present > 20) return "ID-like (name ends in id and every value is unique)";
        return null;
    }

    private static ColumnSchema numeric(RawColumn.Numeric n, DataReport report) {
        double[] present = Arrays.stream(n.values()).filter(v -> !Double.isNaN(v)).sorted().toArray();
        int missing = n.size() - present.length;
        double median = present.length % 2 == 1 ? present[present.length / 2]
                : (present[present.length / 2 - 1] + present[present.length / 2]) / 2;
        if (missing > 0) {
            report.add("numeric " + n.name() + ": " + missing + " missing -> median " + LabelSpec.formatNumber(median)
                    + " + indicator " + n.name() + "_missing");
        } else {
            report.add("numeric " + n.name());
        }
        return ColumnSchema.numeric(n.name(), median, missing > 0);
    }

    private ColumnSchema categorical(RawColumn.Text t, DataReport report) {
        Map<String, Integer> counts = new HashMap<>();
        for (String v : t.values()) if (v != null) counts.merge(v, 1, Integer::sum);
        // Most frequent first, ties by name, so the encoding does not depend on row order.
        List<String> levels = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).toList();
        boolean other = levels.size() > maxCategories;
        List<String> kept = other ? levels.subList(0, maxCategories) : levels;
        long missing = Arrays.stream(t.values()).filter(v -> v == null).count();
        report.add("categorical " + t.name() + ": one-hot, " + kept.size() + " levels"
                + (other ? " (" + (levels.size() - maxCategories) + " rarer levels share <other>)" : "")
                + (missing > 0 ? ", " + missing + " missing -> <missing>" : ""));
        return ColumnSchema.categorical(t.name(), kept, other);
    }

    /** Ordered map of feature importance by input column, summing a column's one-hot features. */
    public static Map<String, Double> importanceByColumn(Preprocessor p, double[] featureImportance) {
        Map<String, Double> out = new LinkedHashMap<>();
        int j = 0;
        for (ColumnSchema c : p.schema()) {
            double sum = 0;
            for (int k = 0; k < c.featureNames().size(); k++) sum += featureImportance[j++];
            out.put(c.name(), sum);
        }
        return out;
    }
}
