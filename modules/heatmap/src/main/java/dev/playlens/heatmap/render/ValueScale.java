package dev.playlens.heatmap.render;

import dev.playlens.heatmap.BinGrid;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Maps bin values to colours for one grid and style: the colour bar's range, each value's position on it,
 * its ARGB colour (transparent for zero) and the bar's ticks. Sequential maps run from 0 (linear) or the
 * smallest value (log) to the max; differences run symmetric from −max|v| to +max|v|. Smoothed grids hide
 * their kernel tails: values below 0.1% of the top are transparent. Cooler bins are more transparent, so the
 * level stays visible where little happens.
 */
public final class ValueScale {
    /** Opacity of the coolest visible raw bin relative to the hottest (a single death must stay visible). */
    private static final double MIN_ALPHA = 0.5;
    private static final double SMOOTHED_CUTOFF = 1e-3;

    private final ColorMap map;
    private final boolean diverging;
    private final boolean log;
    private final double lo;
    private final double hi;
    private final double cutoff;
    private final double opacity;
    private final boolean smoothed;

    private ValueScale(ColorMap map, boolean diverging, boolean log, double lo, double hi, double cutoff,
                       double opacity, boolean smoothed) {
        this.map = map;
        this.diverging = diverging;
        this.log = log;
        this.lo = lo;
        this.hi = hi;
        this.cutoff = cutoff;
        this.opacity = opacity;
        this.smoothed = smoothed;
    }

    public static ValueScale of(BinGrid grid, HeatStyle style) {
        boolean smoothed = grid.smoothingSigma() > 0;
        if (grid.isDifference()) {
            ColorMap map = style.colorMap().isDiverging() ? style.colorMap() : ColorMap.RDBU;
            double limit = style.fixedMax() != null ? style.fixedMax() : grid.maxAbs();
            if (!(limit > 0)) limit = 1;
            return new ValueScale(map, true, false, -limit, limit, smoothed ? limit * SMOOTHED_CUTOFF : 0,
                    style.opacity(), smoothed);
        }
        double hi = style.fixedMax() != null ? style.fixedMax() : grid.max();
        if (!(hi > 0)) hi = 1;
        double cutoff = smoothed ? hi * SMOOTHED_CUTOFF : 0;
        if (style.scale() == ColorScale.LOG) {
            double lo = Math.max(grid.minPositive(), cutoff);
            if (!(lo > 0) || lo >= hi) lo = hi / 10;
            return new ValueScale(style.colorMap(), false, true, lo, hi, cutoff, style.opacity(), smoothed);
        }
        return new ValueScale(style.colorMap(), false, false, 0, hi, cutoff, style.opacity(), smoothed);
    }

    /** The value at the bottom of the colour bar. */
    public double min() {
        return lo;
    }

    /** The value at the top of the colour bar. */
    public double max() {
        return hi;
    }

    public boolean isLog() {
        return log;
    }

    public boolean isDiverging() {
        return diverging;
    }

    /** Whether a bin with this value is drawn at all. */
    public boolean visible(double v) {
        return v != 0 && Math.abs(v) > cutoff && !Double.isNaN(v);
    }

    /** Position of {@code v} on the colour bar, 0..1 (clamped). */
    public double position(double v) {
        double t;
        if (diverging) t = 0.5 + 0.5 * v / hi;
        else if (log) t = v <= lo ? 0 : Math.log(v / lo) / Math.log(hi / lo);
        else t = v / hi;
        return Math.max(0, Math.min(1, t));
    }

    /** The colour bar's colour at position t (0xRRGGBB). */
    public int barRgb(double t) {
        return diverging ? map.rgb(t) : map.rgb(map.overlayStart() + (1 - map.overlayStart()) * t);
    }

    /** Non-premultiplied ARGB for a bin value; 0 (fully transparent) when not visible. */
    public int argb(double v) {
        if (!visible(v)) return 0;
        double t = position(v);
        double strength = diverging ? Math.abs(2 * t - 1) : t;
        // smoothed maps are densities: let the faint tails fade into the level instead of veiling it; for
        // differences the near-white middle of the diverging map must fade out too, or small changes fog the map
        double ramp = !smoothed ? MIN_ALPHA + (1 - MIN_ALPHA) * strength : diverging ? strength : Math.sqrt(strength);
        int alpha = (int) Math.round(255 * opacity * ramp);
        return alpha << 24 | barRgb(t);
    }

    /** A labelled tick on the colour bar. */
    public record Tick(double value, double position, String label) {
    }

    public List<Tick> ticks() {
        List<Tick> ticks = new ArrayList<>();
        if (log) {
            List<Tick> decades = new ArrayList<>();
            for (int e = (int) Math.floor(Math.log10(lo)); e <= (int) Math.ceil(Math.log10(hi)); e++) {
                for (int m : new int[]{1, 2, 5}) {
                    double v = m * Math.pow(10, e);
                    if (v < lo * 0.999 || v > hi * 1.001) continue;
                    ticks.add(tick(v, Math.max(0, -e)));
                    if (m == 1) decades.add(ticks.getLast());
                }
            }
            return ticks.size() > 7 && decades.size() >= 2 ? decades : ticks;
        }
        double step = diverging ? niceStepAtMost(hi) : niceStep(hi / 4);
        int decimals = Math.max(0, (int) -Math.floor(Math.log10(step) + 1e-9));
        double start = diverging ? -Math.floor(hi / step + 1e-9) * step : 0;
        for (double v = start; v <= hi * (1 + 1e-9); v += step) {
            ticks.add(tick(Math.abs(v) < step / 2 ? 0 : v, decimals));
        }
        return ticks;
    }

    private Tick tick(double v, int decimals) {
        String label = String.format(Locale.ROOT, "%,." + decimals + "f", v);
        if (diverging && v > 0) label = "+" + label;
        return new Tick(v, position(v), label);
    }

    /** 1, 2 or 5 × 10^k, the largest not above {@code limit}: at least one tick each side of 0. */
    static double niceStepAtMost(double limit) {
        double p = Math.pow(10, Math.floor(Math.log10(limit)));
        for (double m : new double[]{5, 2, 1}) if (m * p <= limit * (1 + 1e-9)) return m * p;
        return p;
    }

    /** 1, 2 or 5 × 10^k, the smallest not below {@code raw}. */
    static double niceStep(double raw) {
        double p = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[]{1, 2, 5, 10}) if (m * p >= raw * (1 - 1e-9)) return m * p;
        return 10 * p;
    }
}
