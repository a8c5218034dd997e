package dev.playlens.ml.prep;

import java.util.List;

/**
 * One input column a model expects: numeric (with the median used for missing values and whether a
 * missing-indicator feature exists) or categorical (with the levels that got one-hot features).
 */
public record ColumnSchema(String name, Kind kind, double fillValue, boolean missingIndicator,
                           List<String> categories, boolean otherBucket) implements java.io.Serializable {

    public enum Kind { NUMERIC, CATEGORICAL }

    public ColumnSchema {
        categories = categories == null ? List.of() : List.copyOf(categories);
    }

    public static ColumnSchema numeric(String name, double fill, boolean missingIndicator) {
        return new ColumnSchema(name, Kind.NUMERIC, fill, missingIndicator, List.of(), false);
    }

    public static ColumnSchema categorical(String name, List<String> categories, boolean otherBucket) {
        return new ColumnSchema(name, Kind.CATEGORICAL, Double.NaN, false, categories, otherBucket);
    }

    /** Names of the encoded features this column produces, in order. */
    public List<String> featureNames() {
        if (kind == Kind.NUMERIC) return missingIndicator ? List.of(name, name + "_missing") : List.of(name);
        List<String> out = new java.util.ArrayList<>();
        for (String c : categories) out.add(name + "=" + c);
        if (otherBucket) out.add(name + "=<other>");
        out.add(name + "=<missing>");
        return out;
    }
}
