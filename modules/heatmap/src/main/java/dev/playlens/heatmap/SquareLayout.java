package dev.playlens.heatmap;

/**
 * Square bins aligned at (x0, y0): x_index = floor((x - x0) / size), y_index = floor((y - y0) / size),
 * exactly the CLI contract, whatever corner x0, y0 is. The grid holds x_index in
 * [firstX, firstX + columns) and y_index in [firstY, firstY + rows); column = x_index - firstX.
 */
public record SquareLayout(double x0, double y0, double binSize, long firstX, long firstY, int columns, int rows)
        implements BinLayout {

    /** The bins that cover the half-open viewport. */
    public static SquareLayout covering(Viewport v, double x0, double y0, double size) {
        long fx = (long) Math.floor((v.minX() - x0) / size);
        long lx = Math.max(fx, (long) Math.ceil((v.maxX() - x0) / size) - 1);
        long fy = (long) Math.floor((v.minY() - y0) / size);
        long ly = Math.max(fy, (long) Math.ceil((v.maxY() - y0) / size) - 1);
        BinLayout.checkSize(lx - fx + 1, ly - fy + 1, size);
        return new SquareLayout(x0, y0, size, fx, fy, (int) (lx - fx + 1), (int) (ly - fy + 1));
    }

    @Override
    public BinShape shape() {
        return BinShape.SQUARE;
    }

    /** The contract's x_index of world x (same arithmetic as the SQL). */
    public long xIndex(double x) {
        return (long) Math.floor((x - x0) / binSize);
    }

    public long yIndex(double y) {
        return (long) Math.floor((y - y0) / binSize);
    }

    @Override
    public int cellAt(double x, double y) {
        return cellOfKey(xIndex(x), yIndex(y));
    }

    @Override
    public int cellOfKey(long xIndex, long yIndex) {
        long c = xIndex - firstX;
        long r = yIndex - firstY;
        if (c < 0 || r < 0 || c >= columns || r >= rows) return -1;
        return (int) (r * columns + c);
    }

    public long xIndexOfCell(int cell) {
        return firstX + cell % columns;
    }

    public long yIndexOfCell(int cell) {
        return firstY + cell / columns;
    }

    @Override
    public double centerX(int cell) {
        return x0 + (xIndexOfCell(cell) + 0.5) * binSize;
    }

    @Override
    public double centerY(int cell) {
        return y0 + (yIndexOfCell(cell) + 0.5) * binSize;
    }
}
