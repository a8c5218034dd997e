package dev.playlens.heatmap;

/**
 * The geometry of a dense bin grid: {@code columns × rows} cells, cell index {@code row * columns + col}.
 * Bins are keyed in SQL by two integers (square: x_index, y_index; hex: axial q, r), which the layout maps
 * to cells. Layouts are value objects: two queries with the same geometry give equal layouts.
 */
public sealed interface BinLayout permits SquareLayout, HexLayout {

    /** Above this many cells a grid is refused: the bin is too small for the viewport. */
    long MAX_CELLS = 1L << 24;

    BinShape shape();

    /** Bin size in world units. */
    double binSize();

    int columns();

    int rows();

    default int cellCount() {
        return columns() * rows();
    }

    /** The cell whose bin contains world point (x, y), or -1 when it is outside the grid. */
    int cellAt(double x, double y);

    /** The cell of the SQL bin key (key1, key2), or -1 when it is outside the grid. */
    int cellOfKey(long key1, long key2);

    double centerX(int cell);

    double centerY(int cell);

    /** The layout for a query: its shape and size over its viewport, aligned at the world's X0,Y0. */
    static BinLayout of(HeatmapQuery q) {
        Viewport v = q.effectiveViewport();
        double x0 = q.world().x0();
        double y0 = q.world().y0();
        return switch (q.shape()) {
            case SQUARE -> SquareLayout.covering(v, x0, y0, q.binSize());
            case HEX -> HexLayout.covering(v, x0, y0, q.binSize());
        };
    }

    static void checkSize(long columns, long rows, double binSize) {
        if (columns * rows > MAX_CELLS) {
            throw new IllegalArgumentException("bin size " + binSize + " gives " + columns + " x " + rows
                    + " bins over the viewport (more than " + MAX_CELLS + "): use a bigger bin or zoom in");
        }
    }
}
