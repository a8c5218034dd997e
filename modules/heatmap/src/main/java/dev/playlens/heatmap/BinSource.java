package dev.playlens.heatmap;

/** Where a heatmap's bins were counted: the per-level cell roll-up, or the raw events. */
public enum BinSource {
    /** {@code playlens_heat_cells}, the exact pre-aggregated cells of a current roll-up (PostgreSQL only). */
    ROLLUP("rollup"),
    /** {@code game_events} itself. */
    EVENTS("events");

    private final String jsonName;

    BinSource(String jsonName) {
        this.jsonName = jsonName;
    }

    /** The spelling in {@code heatmap --json}'s {@code "source"}. */
    public String jsonName() {
        return jsonName;
    }
}
