package dev.playlens.heatmap.render;

import java.util.Locale;

/** How values map onto the colour map. */
public enum ColorScale {
    LINEAR, LOG;

    public static ColorScale parse(String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "linear", "lin" -> LINEAR;
            case "log" -> LOG;
            default -> throw new IllegalArgumentException(
                    "unknown colour scale '" + text + "': expected linear or log");
        };
    }
}
