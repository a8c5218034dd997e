package dev.playlens.ml.train;

import dev.playlens.ml.data.RawColumn;
import dev.playlens.ml.data.RawTable;
import dev.playlens.ml.prep.DataReport;
import dev.playlens.ml.prep.LabelSpec;

import java.util.ArrayList;
import java.util.List;

/**
 * A table with a resolved 0/1 label. Rows whose label is missing cannot be used; they are removed and counted
 * in the report (never dropped silently). {@code rows} maps each kept row to its row in the loaded table.
 */
public record LabelledTable(RawTable table, int[] y, int[] rows, String labelColumn, String positive,
                            List<String> excluded) {

    public static LabelledTable of(RawTable loaded, LabelSpec label, List<String> drop, DataReport report) {
        for (String d : drop) {
            if (!loaded.has(d)) throw new IllegalArgumentException("--drop: no column '" + d + "' (columns: "
                    + String.join(", ", loaded.names()) + ")");
        }
        String positive = label.resolvePositive(loaded);
        RawColumn labelColumn = loaded.column(label.column());
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < loaded.rowCount(); i++) if (!labelColumn.isMissing(i)) kept.add(i);
        int[] rows = kept.stream().mapToInt(Integer::intValue).toArray();
        if (rows.length < loaded.rowCount()) {
            report.add("removed " + (loaded.rowCount() - rows.length) + " row(s) whose label " + label.column()
                    + " is missing");
        }
        RawTable table = rows.length == loaded.rowCount() ? loaded : loaded.select(rows);
        RawColumn lc = table.column(label.column());
        int[] y = new int[rows.length];
        int positives = 0;
        for (int i = 0; i < y.length; i++) {
            String v = switch (lc) {
                case RawColumn.Numeric n -> formatNumber(n.values()[i]);
                case RawColumn.Text t -> t.values()[i];
            };
            y[i] = positive.equals(v) ? 1 : 0;
            positives += y[i];
        }
        report.add("label: " + label.describe(positive) + " -> " + positives + " positive of " + y.length
                + String.format(" (%.2f%%)", 100.0 * positives / y.length));
        if (!drop.isEmpty()) report.add("dropped on request: " + String.join(", ", drop));
        List<String> excluded = new ArrayList<>(drop);
        excluded.add(label.column());
        return new LabelledTable(table, y, rows, label.column(), positive, List.copyOf(excluded));
    }

    private static String formatNumber(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    public int[] labelsAt(int[] idx) {
        int[] out = new int[idx.length];
        for (int i = 0; i < idx.length; i++) out[i] = y[idx[i]];
        return out;
    }
}
