package dev.playlens.heatmap;

import java.util.Locale;

/** How the events inside one bin become the bin's value. */
public enum Reduce {
    /** Everything in the bin counts (the default: a bin shows the bin's events). */
    SUM,
    /**
     * The busiest fine cell inside the bin (fine cells default to 1 world unit). This is what the seed
     * pipeline showed; it is offered for comparison, not as the default, because it hides how much
     * happened in the bin.
     */
    MAX;

    public static Reduce parse(String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "sum" -> SUM;
            case "max" -> MAX;
            default -> throw new IllegalArgumentException("unknown reduce '" + text + "': expected sum or max");
        };
    }
}
