package dev.playlens.heatmap;

import java.util.Locale;

/** How the level is cut into bins. */
public enum BinShape {
    /** Axis-aligned squares aligned at the world rectangle's X0,Y0 (the CLI contract's x_index/y_index). */
    SQUARE,
    /** Pointy-top hexagons; the bin size is the distance between neighbouring centres (flat-to-flat width). */
    HEX;

    /** Parses the CLI / UI spelling ({@code square}, {@code hex}). */
    public static BinShape parse(String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "square" -> SQUARE;
            case "hex", "hexagon" -> HEX;
            default -> throw new IllegalArgumentException("unknown bin shape '" + text + "': expected square or hex");
        };
    }
}
