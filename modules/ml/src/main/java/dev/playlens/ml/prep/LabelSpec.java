package dev.playlens.ml.prep;

import dev.playlens.ml.data.RawColumn;
import dev.playlens.ml.data.RawTable;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The label: a column and its positive value ({@code --label Churn --positive Yes}). Without a positive value
 * a two-valued column with an obvious positive (1, Yes, Y, true) is accepted; anything else must be told.
 */
public record LabelSpec(String column, String positive) {

    public LabelSpec {
        if (column == null || column.isBlank()) throw new IllegalArgumentException("--label: a label column is required");
    }

    /** The resolved positive value, checked against the data. */
    public String resolvePositive(RawTable table) {
        Set<String> values = new TreeSet<>();
        RawColumn c = table.column(column);
        for (int i = 0; i < c.size() && values.size() <= 50; i++) if (!c.isMissing(i)) values.add(text(c, i));
        if (positive != null) {
            String p = values.contains(positive.strip()) ? positive.strip() : normalise(positive);
            if (!values.contains(p)) {
                throw new IllegalArgumentException("--positive: value '" + positive + "' never occurs in label column '"
                        + column + "' (values: " + values + ")");
            }
            return p;
        }
        if (values.size() == 2) {
            for (String candidate : values) {
                if (Set.of("1", "yes", "y", "true").contains(candidate.toLowerCase(Locale.ROOT))) return candidate;
            }
        }
        throw new IllegalArgumentException("--positive: label column '" + column + "' has values " + values
                + "; say which one is positive");
    }

    public String describe(String resolvedPositive) {
        return column + " == " + resolvedPositive;
    }

    static String text(RawColumn c, int row) {
        return switch (c) {
            case RawColumn.Numeric n -> formatNumber(n.values()[row]);
            case RawColumn.Text t -> t.values()[row];
        };
    }

    static String formatNumber(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    private static String normalise(String value) {
        try {
            return formatNumber(Double.parseDouble(value.strip()));
        } catch (NumberFormatException e) {
            return value.strip();
        }
    }
}
