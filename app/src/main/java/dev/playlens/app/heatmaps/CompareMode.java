package dev.playlens.app.heatmaps;

/** One heatmap, versions A and B side by side on the same colour scale, or their difference B − A. */
public enum CompareMode {
    OFF("One map"), SIDE_BY_SIDE("A | B side by side"), DIFF("Difference B − A");

    private final String label;

    CompareMode(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }
}
