package dev.playlens.app.models;

/** Where the Models screen takes its rows from. */
public enum DataKind {
    FEATURE_QUERY("Player features (game_events)"),
    TABLE("Warehouse table"),
    QUERY("SQL query"),
    FILE("CSV / Parquet file");

    private final String label;

    DataKind(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }
}
