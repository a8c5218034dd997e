package dev.playlens.ml.data;

/**
 * One column of a loaded table: numbers (NaN marks a missing value) or text (null marks a missing value).
 * Types are decided once, at load time, so every later step sees the same schema.
 */
public sealed interface RawColumn permits RawColumn.Numeric, RawColumn.Text {

    String name();

    int size();

    boolean isMissing(int row);

    RawColumn select(int[] rows);

    record Numeric(String name, double[] values) implements RawColumn {
        public int size() {
            return values.length;
        }

        public boolean isMissing(int row) {
            return Double.isNaN(values[row]);
        }

        public Numeric select(int[] rows) {
            double[] out = new double[rows.length];
            for (int i = 0; i < rows.length; i++) out[i] = values[rows[i]];
            return new Numeric(name, out);
        }
    }

    record Text(String name, String[] values) implements RawColumn {
        public int size() {
            return values.length;
        }

        public boolean isMissing(int row) {
            return values[row] == null;
        }

        public Text select(int[] rows) {
            String[] out = new String[rows.length];
            for (int i = 0; i < rows.length; i++) out[i] = values[rows[i]];
            return new Text(name, out);
        }
    }
}
