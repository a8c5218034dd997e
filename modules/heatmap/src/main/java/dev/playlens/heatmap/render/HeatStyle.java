package dev.playlens.heatmap.render;

import java.util.Objects;

/**
 * How a heatmap is drawn.
 *
 * @param colorMap the colour map (differences always use a diverging map: {@link ColorMap#RDBU} unless a
 *                 diverging one is given)
 * @param scale    linear or log colour scale (differences are always linear, symmetric around 0)
 * @param opacity  the heat layer's opacity at the hottest bins, 0..1 (cooler bins fade further)
 * @param baseDim  how much to desaturate (and, for a bright image, darken) the level image under the heat,
 *                 0 (untouched) .. 1
 * @param fixedMax the value at the top of the colour bar (|value| for differences), or null for the grid's max;
 *                 fix it to compare two maps with the same colours
 * @param legend   draw the title line and the colour bar (figure only)
 */
public record HeatStyle(ColorMap colorMap, ColorScale scale, double opacity, double baseDim, Double fixedMax,
                        boolean legend) {
    public HeatStyle {
        Objects.requireNonNull(colorMap, "colorMap");
        Objects.requireNonNull(scale, "scale");
        if (!(opacity >= 0 && opacity <= 1)) throw new IllegalArgumentException("opacity must be in 0..1: " + opacity);
        if (!(baseDim >= 0 && baseDim <= 1)) throw new IllegalArgumentException("baseDim must be in 0..1: " + baseDim);
        if (fixedMax != null && !(fixedMax > 0)) {
            throw new IllegalArgumentException("fixed max must be > 0: " + fixedMax);
        }
    }

    public static HeatStyle defaults() {
        return new HeatStyle(ColorMap.INFERNO, ColorScale.LINEAR, 0.9, 0.6, null, true);
    }

    public HeatStyle withColorMap(ColorMap m) {
        return new HeatStyle(m, scale, opacity, baseDim, fixedMax, legend);
    }

    public HeatStyle withScale(ColorScale s) {
        return new HeatStyle(colorMap, s, opacity, baseDim, fixedMax, legend);
    }

    public HeatStyle withOpacity(double o) {
        return new HeatStyle(colorMap, scale, o, baseDim, fixedMax, legend);
    }

    public HeatStyle withBaseDim(double d) {
        return new HeatStyle(colorMap, scale, opacity, d, fixedMax, legend);
    }

    public HeatStyle withFixedMax(Double max) {
        return new HeatStyle(colorMap, scale, opacity, baseDim, max, legend);
    }

    public HeatStyle withLegend(boolean on) {
        return new HeatStyle(colorMap, scale, opacity, baseDim, fixedMax, on);
    }
}
