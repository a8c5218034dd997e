package dev.playlens.publish;

import dev.playlens.ml.data.RawColumn;
import dev.playlens.ml.data.RawTable;

import java.util.HashMap;
import java.util.Map;

/** The user id column of a feature table: {@code --id COL}, else {@code user_id}, else {@code client_id}. */
public final class UserIds {
    private UserIds() {
    }

    public static String column(RawTable data, String requested, String sourceName) {
        if (requested != null) {
            if (!data.has(requested)) {
                throw new IllegalArgumentException(sourceName + ": --id column '" + requested + "' not found (columns: "
                        + String.join(", ", data.names()) + ")");
            }
            return requested;
        }
        for (String candidate : new String[]{"user_id", "client_id"}) if (data.has(candidate)) return candidate;
        throw new IllegalArgumentException(sourceName + ": no user_id or client_id column; name the id column with --id"
                + " (columns: " + String.join(", ", data.names()) + ")");
    }

    /**
     * Every row's id as text (integral numbers without ".0"). A missing or repeated id fails naming the row
     * (1-based data row), since either would make the published set ambiguous.
     */
    public static String[] extract(RawTable data, String column, String sourceName) {
        RawColumn col = data.column(column);
        String[] ids = new String[col.size()];
        Map<String, Integer> seen = new HashMap<>(Math.max(16, ids.length * 2));
        for (int i = 0; i < ids.length; i++) {
            ids[i] = text(col, i);
            if (ids[i] == null || ids[i].isBlank()) {
                throw new IllegalArgumentException(sourceName + ": row " + (i + 1) + ", field " + column + ": missing user id");
            }
            Integer first = seen.putIfAbsent(ids[i], i);
            if (first != null) {
                throw new IllegalArgumentException(sourceName + ": row " + (i + 1) + ", field " + column + ": user id '"
                        + ids[i] + "' repeats row " + (first + 1));
            }
        }
        return ids;
    }

    static String text(RawColumn col, int row) {
        return switch (col) {
            case RawColumn.Text t -> t.values()[row] == null ? null : t.values()[row].strip();
            case RawColumn.Numeric n -> {
                double v = n.values()[row];
                if (Double.isNaN(v)) yield null;
                yield v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
            }
        };
    }
}
