package dev.playlens.heatmap;

import java.util.Objects;

/**
 * A dense grid of bin values over the viewport (one double per cell, no per-bin objects), its geometry
 * and where the events went. Immutable: smoothing and differences return new grids.
 */
public final class BinGrid {
    private final BinLayout layout;
    private final double[] values;
    private final BinStats stats;
    private final String unit;
    private final double smoothingSigma;
    private final boolean difference;

    /**
     * @param values one value per cell of {@code layout}; the grid takes ownership (no copy)
     * @param unit   what a value means, for the legend ("deaths per bin", "% of players …")
     */
    public BinGrid(BinLayout layout, double[] values, BinStats stats, String unit, double smoothingSigma,
                   boolean difference) {
        this.layout = Objects.requireNonNull(layout, "layout");
        this.values = Objects.requireNonNull(values, "values");
        this.stats = Objects.requireNonNull(stats, "stats");
        this.unit = Objects.requireNonNull(unit, "unit");
        if (values.length != layout.cellCount()) {
            throw new IllegalArgumentException("values " + values.length + " != cells " + layout.cellCount());
        }
        this.smoothingSigma = smoothingSigma;
        this.difference = difference;
    }

    public BinLayout layout() {
        return layout;
    }

    public BinStats stats() {
        return stats;
    }

    public String unit() {
        return unit;
    }

    /** The Gaussian sigma (bins) this grid was smoothed with, 0 when raw. */
    public double smoothingSigma() {
        return smoothingSigma;
    }

    /** True for a B − A difference (values may be negative; draw with a diverging map). */
    public boolean isDifference() {
        return difference;
    }

    public int cellCount() {
        return values.length;
    }

    public double value(int cell) {
        return values[cell];
    }

    /** The value of the bin containing world point (x, y); 0 outside the grid. */
    public double valueAt(double x, double y) {
        int cell = layout.cellAt(x, y);
        return cell < 0 ? 0 : values[cell];
    }

    public double[] copyValues() {
        return values.clone();
    }

    /** Sum of all values (the binned event count for raw SUM grids). */
    public double total() {
        double s = 0;
        for (double v : values) s += v;
        return s;
    }

    public double max() {
        double m = Double.NEGATIVE_INFINITY;
        for (double v : values) m = Math.max(m, v);
        return values.length == 0 ? 0 : m;
    }

    public double maxAbs() {
        double m = 0;
        for (double v : values) m = Math.max(m, Math.abs(v));
        return m;
    }

    /** The smallest value above zero, or 0 when there is none. */
    public double minPositive() {
        double m = Double.POSITIVE_INFINITY;
        for (double v : values) if (v > 0 && v < m) m = v;
        return m == Double.POSITIVE_INFINITY ? 0 : m;
    }

    public int nonZeroCount() {
        int n = 0;
        for (double v : values) if (v != 0) n++;
        return n;
    }

    /** This grid smoothed with a Gaussian of {@code sigma} bins; the total is preserved. */
    public BinGrid smoothed(double sigma) {
        if (sigma <= 0) return this;
        double[] out = GaussianSmoother.smooth(layout, values, sigma);
        return new BinGrid(layout, out, stats, unit, sigma, difference);
    }

    /** {@code this − a} on the same layout (B − A when this is B); the stats are this grid's. */
    public BinGrid minus(BinGrid a) {
        if (!layout.equals(a.layout)) {
            throw new IllegalArgumentException("cannot subtract grids with different layouts: "
                    + layout + " vs " + a.layout);
        }
        double[] out = new double[values.length];
        for (int i = 0; i < out.length; i++) out[i] = values[i] - a.values[i];
        return new BinGrid(layout, out, stats, "change in " + unit + " (B − A)", smoothingSigma, true);
    }
}
