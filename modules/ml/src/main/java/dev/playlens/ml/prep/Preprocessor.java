package dev.playlens.ml.prep;

import dev.playlens.ml.data.RawColumn;
import dev.playlens.ml.data.RawTable;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The fitted, serialisable encoding from a raw table to a numeric matrix. Numeric columns: missing values get
 * the training median, plus a 0/1 "_missing" feature when training saw any (missingness is often itself a
 * signal). Categorical columns: one-hot, because ordinal codes would invent an order the models then split
 * on; levels beyond the most frequent ones share an "&lt;other&gt;" feature; missing is its own feature.
 */
public final class Preprocessor implements Serializable {
    private static final long serialVersionUID = 1L;

    private final List<ColumnSchema> schema;
    private final List<String> featureNames;

    public Preprocessor(List<ColumnSchema> schema) {
        this.schema = List.copyOf(schema);
        List<String> names = new ArrayList<>();
        for (ColumnSchema c : schema) names.addAll(c.featureNames());
        this.featureNames = List.copyOf(names);
    }

    public List<ColumnSchema> schema() {
        return schema;
    }

    public List<String> featureNames() {
        return featureNames;
    }

    /** Encodes a table; throws {@link SchemaMismatchException} naming the first missing or mistyped column. */
    public double[][] transform(RawTable table) {
        int n = table.rowCount();
        double[][] x = new double[n][featureNames.size()];
        int offset = 0;
        for (ColumnSchema c : schema) {
            if (!table.has(c.name())) {
                throw new SchemaMismatchException("missing column '" + c.name() + "' (the model expects "
                        + c.kind().name().toLowerCase() + "; present: " + String.join(", ", table.names()) + ")");
            }
            RawColumn col = table.column(c.name());
            if (c.kind() == ColumnSchema.Kind.NUMERIC) encodeNumeric(c, col, x, offset);
            else encodeCategorical(c, col, x, offset);
            offset += c.featureNames().size();
        }
        return x;
    }

    private static void encodeNumeric(ColumnSchema c, RawColumn col, double[][] x, int offset) {
        double[] values = numericValues(c.name(), col);
        for (int i = 0; i < values.length; i++) {
            boolean missing = Double.isNaN(values[i]);
            x[i][offset] = missing ? c.fillValue() : values[i];
            if (c.missingIndicator()) x[i][offset + 1] = missing ? 1 : 0;
        }
    }

    private static void encodeCategorical(ColumnSchema c, RawColumn col, double[][] x, int offset) {
        List<String> cats = c.categories();
        int other = c.otherBucket() ? cats.size() : -1;
        int missing = cats.size() + (c.otherBucket() ? 1 : 0);
        for (int i = 0; i < col.size(); i++) {
            if (col.isMissing(i)) {
                x[i][offset + missing] = 1;
                continue;
            }
            int k = cats.indexOf(LabelSpec.text(col, i));
            if (k >= 0) x[i][offset + k] = 1;
            else if (other >= 0) x[i][offset + other] = 1;
            // An unseen level with no <other> bucket encodes as all zeros: the model treats it as "none of the known".
        }
    }

    /** A numeric column's values; a text column is accepted only if every non-missing value is a number. */
    static double[] numericValues(String name, RawColumn col) {
        return switch (col) {
            case RawColumn.Numeric n -> n.values();
            case RawColumn.Text t -> {
                double[] out = new double[t.size()];
                for (int i = 0; i < out.length; i++) {
                    String v = t.values()[i];
                    if (v == null) {
                        out[i] = Double.NaN;
                        continue;
                    }
                    try {
                        out[i] = Double.parseDouble(v);
                    } catch (NumberFormatException e) {
                        throw new SchemaMismatchException("column '" + name + "' must be numeric, row " + (i + 1)
                                + " has '" + v + "'");
                    }
                }
                yield out;
            }
        };
    }
}
