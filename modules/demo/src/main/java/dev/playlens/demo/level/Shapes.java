package dev.playlens.demo.level;

import java.awt.BasicStroke;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.util.SplittableRandom;

/** Small geometry helpers for designing levels in image pixels. */
public final class Shapes {
    private Shapes() {
    }

    /** A corridor or river: the polyline through {@code xy} pairs stroked {@code width} wide, round ends. */
    public static Shape path(double width, double... xy) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(xy[0], xy[1]);
        for (int i = 2; i < xy.length; i += 2) p.lineTo(xy[i], xy[i + 1]);
        return new BasicStroke((float) width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND).createStrokedShape(p);
    }

    /** A smooth curve (quadratic segments through the midpoints) stroked {@code width} wide. */
    public static Shape curve(double width, double... xy) {
        return new BasicStroke((float) width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND)
                .createStrokedShape(curveLine(xy));
    }

    /** The centre line of {@link #curve}: quadratic segments through the midpoints of {@code xy}. */
    public static Path2D curveLine(double... xy) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(xy[0], xy[1]);
        int n = xy.length / 2;
        for (int i = 1; i < n - 1; i++) {
            double mx = (xy[2 * i] + xy[2 * i + 2]) / 2;
            double my = (xy[2 * i + 1] + xy[2 * i + 3]) / 2;
            p.quadTo(xy[2 * i], xy[2 * i + 1], mx, my);
        }
        p.lineTo(xy[2 * n - 2], xy[2 * n - 1]);
        return p;
    }

    public static Shape ellipse(double cx, double cy, double rx, double ry) {
        return new Ellipse2D.Double(cx - rx, cy - ry, 2 * rx, 2 * ry);
    }

    public static Shape room(double x0, double y0, double x1, double y1, double corner) {
        return new RoundRectangle2D.Double(x0, y0, x1 - x0, y1 - y0, corner, corner);
    }

    /**
     * An organic blob (a cave, a pool): a closed smooth curve around (cx, cy) whose radius wobbles by
     * up to {@code roughness} of r, from a fixed seed so the same level always looks the same.
     */
    public static Shape blob(double cx, double cy, double rx, double ry, double roughness, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int n = 14;
        double[] r = new double[n];
        for (int i = 0; i < n; i++) r[i] = 1 + roughness * (rnd.nextDouble() * 2 - 1);
        Path2D.Double p = new Path2D.Double();
        double[] px = new double[n];
        double[] py = new double[n];
        for (int i = 0; i < n; i++) {
            double a = 2 * Math.PI * i / n;
            px[i] = cx + Math.cos(a) * rx * r[i];
            py[i] = cy + Math.sin(a) * ry * r[i];
        }
        p.moveTo((px[n - 1] + px[0]) / 2, (py[n - 1] + py[0]) / 2);
        for (int i = 0; i < n; i++) {
            int j = (i + 1) % n;
            p.quadTo(px[i], py[i], (px[i] + px[j]) / 2, (py[i] + py[j]) / 2);
        }
        p.closePath();
        return p;
    }

    public static Shape polygon(double... xy) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(xy[0], xy[1]);
        for (int i = 2; i < xy.length; i += 2) p.lineTo(xy[i], xy[i + 1]);
        p.closePath();
        return p;
    }
}
