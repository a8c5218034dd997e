package dev.playlens.heatmap;

/**
 * Separable Gaussian smoothing on a bin grid, sigma in bins. Works by scattering each bin's value over its
 * neighbours with weights renormalised to the neighbours inside the grid, so the total is preserved exactly
 * (up to rounding) even at the edges. Square grids: one pass along x, one along y. Hex grids: three 1-D passes
 * along the three hex axes (0°, 60°, 120°); three equal 1-D Gaussians at 60° add up to an isotropic one with
 * variance 1.5·σ₁², so each pass uses σ₁ = σ / √1.5.
 */
final class GaussianSmoother {
    private GaussianSmoother() {
    }

    static double[] smooth(BinLayout layout, double[] values, double sigma) {
        return switch (layout) {
            case SquareLayout s -> {
                double[] w = kernel(sigma);
                double[] a = pass(values, s.columns(), s.rows(), w, 1, 0);
                yield pass(a, s.columns(), s.rows(), w, 0, 1);
            }
            case HexLayout h -> {
                double[] w = kernel(sigma / Math.sqrt(1.5));
                double[] a = hexPass(h, values, w, 1, 0);
                a = hexPass(h, a, w, 0, 1);
                yield hexPass(h, a, w, 1, -1);
            }
        };
    }

    static double[] kernel(double sigma) {
        int radius = Math.max(1, (int) Math.ceil(4 * sigma));
        double[] w = new double[radius + 1];
        for (int k = 0; k <= radius; k++) w[k] = Math.exp(-(k * (double) k) / (2 * sigma * sigma));
        return w;
    }

    /** One 1-D pass along (dc, dr) in column/row steps on a plain rectangular grid. */
    private static double[] pass(double[] in, int cols, int rows, double[] w, int dc, int dr) {
        double[] out = new double[in.length];
        int radius = w.length - 1;
        for (int row = 0; row < rows; row++) {
            for (int col = 0; col < cols; col++) {
                double v = in[row * cols + col];
                if (v == 0) continue;
                double norm = 0;
                for (int k = -radius; k <= radius; k++) {
                    int c = col + k * dc;
                    int r = row + k * dr;
                    if (c >= 0 && r >= 0 && c < cols && r < rows) norm += w[Math.abs(k)];
                }
                for (int k = -radius; k <= radius; k++) {
                    int c = col + k * dc;
                    int r = row + k * dr;
                    if (c >= 0 && r >= 0 && c < cols && r < rows) out[r * cols + c] += v * w[Math.abs(k)] / norm;
                }
            }
        }
        return out;
    }

    /** One 1-D pass along the axial direction (dq, dr) of a hex grid. */
    private static double[] hexPass(HexLayout h, double[] in, double[] w, int dq, int dr) {
        double[] out = new double[in.length];
        int radius = w.length - 1;
        int[] targets = new int[2 * radius + 1];
        double[] weights = new double[2 * radius + 1];
        for (int cell = 0; cell < in.length; cell++) {
            double v = in[cell];
            if (v == 0) continue;
            long q = h.axialQ(cell);
            long r = h.axialR(cell);
            int n = 0;
            double norm = 0;
            for (int k = -radius; k <= radius; k++) {
                int t = h.cellOfKey(q + (long) k * dq, r + (long) k * dr);
                if (t < 0) continue;
                targets[n] = t;
                weights[n] = w[Math.abs(k)];
                norm += weights[n++];
            }
            for (int i = 0; i < n; i++) out[targets[i]] += v * weights[i] / norm;
        }
        return out;
    }
}
