package dev.playlens.heatmap;

/**
 * Pointy-top hexagons with centre spacing {@code binSize} (circumradius binSize/√3), one centre at (x0, y0).
 * SQL keys are axial (q, r) found by cube rounding, so every point lies in exactly one hexagon: the one with
 * the nearest centre. Cells are stored in "odd-r" offset coordinates (row = r, column = q + floor(r / 2)),
 * which makes a dense rectangle; odd rows sit half a bin to the right.
 */
public record HexLayout(double x0, double y0, double binSize, long firstCol, long firstRow, int columns, int rows)
        implements BinLayout {

    private static final double SQRT3 = Math.sqrt(3);

    /** The hexagons whose centre can be nearest to a point of the viewport (with a safety margin). */
    public static HexLayout covering(Viewport v, double x0, double y0, double size) {
        double radius = size / SQRT3;
        double rowStep = 1.5 * radius;
        long fr = (long) Math.floor((v.minY() - radius - y0) / rowStep) - 1;
        long lr = (long) Math.ceil((v.maxY() + radius - y0) / rowStep) + 1;
        long fc = (long) Math.floor((v.minX() - x0) / size) - 2;
        long lc = (long) Math.ceil((v.maxX() - x0) / size) + 2;
        BinLayout.checkSize(lc - fc + 1, lr - fr + 1, size);
        return new HexLayout(x0, y0, size, fc, fr, (int) (lc - fc + 1), (int) (lr - fr + 1));
    }

    /** Multipliers for fractional axial coordinates: q = dx*k1 - dy*k2, r = dy*k3 (shared with the SQL). */
    public double k1() {
        return 1 / binSize;
    }

    public double k2() {
        return SQRT3 / (3 * binSize);
    }

    public double k3() {
        return 2 * SQRT3 / (3 * binSize);
    }

    public double radius() {
        return binSize / SQRT3;
    }

    @Override
    public BinShape shape() {
        return BinShape.HEX;
    }

    @Override
    public int cellAt(double x, double y) {
        double qf = (x - x0) * k1() - (y - y0) * k2();
        double rf = (y - y0) * k3();
        double sf = -qf - rf;
        double rq = Math.floor(qf + 0.5);
        double rr = Math.floor(rf + 0.5);
        double rs = Math.floor(sf + 0.5);
        double dq = Math.abs(rq - qf);
        double dr = Math.abs(rr - rf);
        double ds = Math.abs(rs - sf);
        // cube rounding: fix the coordinate that was rounded the most so that q + r + s = 0 holds
        if (dq > dr && dq > ds) rq = -rr - rs;
        else if (dr > ds) rr = -rq - rs;
        return cellOfKey((long) rq, (long) rr);
    }

    @Override
    public int cellOfKey(long q, long r) {
        long col = q + Math.floorDiv(r, 2) - firstCol;
        long row = r - firstRow;
        if (col < 0 || row < 0 || col >= columns || row >= rows) return -1;
        return (int) (row * columns + col);
    }

    /** Axial r of a cell. */
    public long axialR(int cell) {
        return firstRow + cell / columns;
    }

    /** Axial q of a cell. */
    public long axialQ(int cell) {
        long r = axialR(cell);
        return firstCol + cell % columns - Math.floorDiv(r, 2);
    }

    @Override
    public double centerX(int cell) {
        return x0 + binSize * (axialQ(cell) + axialR(cell) / 2.0);
    }

    @Override
    public double centerY(int cell) {
        return y0 + 1.5 * radius() * axialR(cell);
    }
}
