package dev.playlens.heatmap;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Bin counts done the plain way in the test, straight from the CLI contract's formulas, to check the
 * warehouse results against.
 */
final class IndependentCounts {
    private IndependentCounts() {
    }

    /** (y_index, x_index) → count, ordered like the CSV. */
    static TreeMap<List<Long>, Long> squareCounts(List<EventRow> rows, Predicate<EventRow> keep, double x0, double y0,
                                                  double size, Viewport v) {
        TreeMap<List<Long>, Long> counts = new TreeMap<>(IndependentCounts::compareKeys);
        for (EventRow r : rows) {
            if (!keep.test(r) || r.x() == null || r.y() == null || !v.contains(r.x(), r.y())) continue;
            long ix = (long) Math.floor((r.x() - x0) / size);
            long iy = (long) Math.floor((r.y() - y0) / size);
            counts.merge(List.of(iy, ix), 1L, Long::sum);
        }
        return counts;
    }

    static String squareCsv(TreeMap<List<Long>, ? extends Number> counts) {
        StringBuilder b = new StringBuilder("x_index,y_index,value\n");
        counts.forEach((k, n) -> b.append(k.get(1)).append(',').append(k.get(0)).append(',').append(n).append('\n'));
        return b.toString();
    }

    /**
     * The hexagon of a point by brute force: the nearest lattice centre among the candidates around it
     * (centres at x0 + size·(i + j/2), y0 + size·√3/2·j). Returns the centre as {x, y}.
     */
    static double[] nearestHexCentre(double x, double y, double x0, double y0, double size) {
        double rowStep = size * Math.sqrt(3) / 2;
        long j0 = (long) Math.floor((y - y0) / rowStep);
        double best = Double.POSITIVE_INFINITY;
        double[] centre = null;
        for (long j = j0 - 1; j <= j0 + 2; j++) {
            long i0 = (long) Math.floor((x - x0) / size - j / 2.0);
            for (long i = i0 - 1; i <= i0 + 2; i++) {
                double cx = x0 + size * (i + j / 2.0);
                double cy = y0 + rowStep * j;
                double d = Math.hypot(x - cx, y - cy);
                if (d < best) {
                    best = d;
                    centre = new double[]{cx, cy};
                }
            }
        }
        return centre;
    }

    /** Distinct values of {@code id} per square bin. */
    static Map<List<Long>, Set<String>> distinctPerSquare(List<EventRow> rows, Predicate<EventRow> keep,
                                                         java.util.function.Function<EventRow, String> id,
                                                         double x0, double y0, double size, Viewport v) {
        Map<List<Long>, Set<String>> sets = new HashMap<>();
        for (EventRow r : rows) {
            if (!keep.test(r) || r.x() == null || r.y() == null || !v.contains(r.x(), r.y())) continue;
            if (id.apply(r) == null) continue;
            List<Long> key = List.of((long) Math.floor((r.y() - y0) / size), (long) Math.floor((r.x() - x0) / size));
            sets.computeIfAbsent(key, k -> new HashSet<>()).add(id.apply(r));
        }
        return sets;
    }

    static List<EventRow> filter(List<EventRow> rows, Predicate<EventRow> keep) {
        List<EventRow> out = new ArrayList<>();
        for (EventRow r : rows) if (keep.test(r)) out.add(r);
        return out;
    }

    private static int compareKeys(List<Long> a, List<Long> b) {
        int c = Long.compare(a.get(0), b.get(0));
        return c != 0 ? c : Long.compare(a.get(1), b.get(1));
    }
}
