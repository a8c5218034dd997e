package dev.playlens.heatmap.calibration;

import java.util.List;

/**
 * A least-squares affine calibration fitted to reference points, with how well each point fits.
 *
 * @param calibration the fitted world → image mapping
 * @param residuals   per point, the distance in pixels between its image position and where the fit puts it
 * @param rms         root mean square of the residuals (pixels)
 * @param max         the largest residual (pixels)
 */
public record CalibrationFit(Calibration calibration, List<Double> residuals, double rms, double max) {
    /** Below this ratio of the world points' spread in their thinnest direction, they count as collinear. */
    private static final double COLLINEAR_RATIO = 1e-9;

    public CalibrationFit {
        residuals = List.copyOf(residuals);
    }

    /** Fits {@code imageX, imageY} as affine functions of {@code worldX, worldY}; needs ≥ 3 non-collinear points. */
    public static CalibrationFit fit(List<ReferencePoint> points) {
        if (points.size() < 3) {
            throw new IllegalArgumentException("a calibration needs at least 3 reference points, got " + points.size());
        }
        int n = points.size();
        double mx = 0, my = 0, mu = 0, mv = 0;
        for (ReferencePoint p : points) {
            mx += p.worldX();
            my += p.worldY();
            mu += p.imageX();
            mv += p.imageY();
        }
        mx /= n;
        my /= n;
        mu /= n;
        mv /= n;
        // normal equations on centred coordinates: [sxx sxy; sxy syy] [a; b] = [sxu; syu]
        double sxx = 0, sxy = 0, syy = 0, sxu = 0, syu = 0, sxv = 0, syv = 0;
        for (ReferencePoint p : points) {
            double x = p.worldX() - mx, y = p.worldY() - my, u = p.imageX() - mu, v = p.imageY() - mv;
            sxx += x * x;
            sxy += x * y;
            syy += y * y;
            sxu += x * u;
            syu += y * u;
            sxv += x * v;
            syv += y * v;
        }
        double det = sxx * syy - sxy * sxy;
        double trace = sxx + syy;
        if (!(trace > 0) || det <= COLLINEAR_RATIO * trace * trace) {
            throw new IllegalArgumentException("the " + n + " reference points are collinear in the world "
                    + "(or coincide): pick at least 3 points that are not on one line, spread over the level");
        }
        double a = (syy * sxu - sxy * syu) / det;
        double b = (sxx * syu - sxy * sxu) / det;
        double d = (syy * sxv - sxy * syv) / det;
        double e = (sxx * syv - sxy * sxv) / det;
        double imageDet = Math.abs(a * e - b * d);
        if (!(imageDet > COLLINEAR_RATIO * (a * a + b * b + d * d + e * e))) {
            throw new IllegalArgumentException("the reference points' image positions are collinear: "
                    + "the fit would squash the level onto a line; check the pixel coordinates");
        }
        Calibration cal = new Calibration(a, b, mu - a * mx - b * my, d, e, mv - d * mx - e * my);
        double[] res = new double[n];
        double sum2 = 0, max = 0;
        for (int i = 0; i < n; i++) {
            ReferencePoint p = points.get(i);
            res[i] = Math.hypot(cal.imageX(p.worldX(), p.worldY()) - p.imageX(),
                    cal.imageY(p.worldX(), p.worldY()) - p.imageY());
            sum2 += res[i] * res[i];
            max = Math.max(max, res[i]);
        }
        return new CalibrationFit(cal, java.util.Arrays.stream(res).boxed().toList(), Math.sqrt(sum2 / n), max);
    }
}
