package dev.playlens.demo.level;

import java.awt.BasicStroke;
import java.awt.Shape;
import java.awt.geom.Line2D;

/**
 * A chokepoint drawn as a structure: a bridge over a hazard or a gate in a wall, from (x1,y1) to
 * (x2,y2) in image pixels, {@code width} pixels wide.
 */
public record Crossing(Kind kind, String name, double x1, double y1, double x2, double y2, double width) {
    public enum Kind { BRIDGE, GATE }

    /** The deck or opening: a rectangle with square ends (walkable even over a hazard). */
    public Shape shape() {
        return new BasicStroke((float) width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER)
                .createStrokedShape(new Line2D.Double(x1, y1, x2, y2));
    }

    public double centerX() {
        return (x1 + x2) / 2;
    }

    public double centerY() {
        return (y1 + y2) / 2;
    }
}
