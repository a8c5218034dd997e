package dev.playlens.demo.level;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;

/** Draws what is built: castle walls, bridges and gates, enemy camps, spawn and exit markers. */
final class StructurePainter {

    void walls(Graphics2D g, LevelDesign d) {
        for (Shape w : d.walls()) {
            g.setColor(new Color(0, 0, 0, 70));
            g.fill(AffineTransform.getTranslateInstance(4, 5).createTransformedShape(w));
            g.setColor(d.theme().wall);
            g.fill(w);
            Shape clip = g.getClip();
            g.clip(w);
            g.setColor(new Color(255, 255, 255, 40));
            g.setStroke(new BasicStroke(1f));
            Rectangle2D b = w.getBounds2D();
            for (double y = b.getY(); y < b.getMaxY(); y += 9) {
                g.draw(new Line2D.Double(b.getX(), y, b.getMaxX(), y));
                double offset = ((int) ((y - b.getY()) / 9) % 2) * 9;
                for (double x = b.getX() + offset; x < b.getMaxX(); x += 18) {
                    g.draw(new Line2D.Double(x, y, x, y + 9));
                }
            }
            g.setClip(clip);
            g.setColor(new Color(20, 22, 26));
            g.setStroke(new BasicStroke(2f));
            g.draw(w);
        }
    }

    void crossing(Graphics2D g, Crossing c, Theme theme) {
        double len = Math.hypot(c.x2() - c.x1(), c.y2() - c.y1());
        double angle = Math.atan2(c.y2() - c.y1(), c.x2() - c.x1());
        AffineTransform saved = g.getTransform();
        g.translate(c.x1(), c.y1());
        g.rotate(angle);
        double w = c.width();
        if (c.kind() == Crossing.Kind.BRIDGE) {
            bridge(g, len, w, theme);
        } else {
            gate(g, len, w, theme);
        }
        g.setTransform(saved);
    }

    private void bridge(Graphics2D g, double len, double w, Theme theme) {
        Color deck = switch (theme) {
            case HARBOR -> new Color(0x8C6B47);
            case CAVE -> new Color(0x6A6058);
            case KEEP -> new Color(0x8E969D);
        };
        g.setColor(new Color(0, 0, 0, 90));
        g.fill(new Rectangle2D.Double(3, -w / 2 + 5, len, w));
        g.setColor(deck);
        g.fill(new Rectangle2D.Double(0, -w / 2, len, w));
        g.setColor(deck.darker());
        g.setStroke(new BasicStroke(1.2f));
        double step = theme == Theme.KEEP ? 14 : 7;
        for (double x = step; x < len; x += step) g.draw(new Line2D.Double(x, -w / 2, x, w / 2));
        if (theme == Theme.KEEP) g.draw(new Line2D.Double(0, 0, len, 0));
        g.setColor(deck.darker().darker());
        g.setStroke(new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Line2D.Double(0, -w / 2 + 1.5, len, -w / 2 + 1.5));
        g.draw(new Line2D.Double(0, w / 2 - 1.5, len, w / 2 - 1.5));
        for (double x : new double[]{2, len - 2}) {
            g.fill(new Rectangle2D.Double(x - 3, -w / 2 - 2, 6, 6));
            g.fill(new Rectangle2D.Double(x - 3, w / 2 - 4, 6, 6));
        }
    }

    /** A gate: two towers flanking the opening, and the raised portcullis drawn as a dashed bar. */
    private void gate(Graphics2D g, double len, double w, Theme theme) {
        Color stone = theme.wall;
        for (double side : new double[]{-1, 1}) {
            Rectangle2D tower = new Rectangle2D.Double(len / 2 - 22, side * (w / 2 + 12) - 14, 44, 28);
            g.setColor(new Color(0, 0, 0, 80));
            g.fill(AffineTransform.getTranslateInstance(4, 4).createTransformedShape(tower));
            g.setColor(stone.brighter());
            g.fill(tower);
            g.setColor(new Color(20, 22, 26));
            g.setStroke(new BasicStroke(2f));
            g.draw(tower);
        }
        g.setColor(new Color(40, 36, 34, 200));
        g.setStroke(new BasicStroke(4f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[]{5f, 4f}, 0f));
        g.draw(new Line2D.Double(len / 2, -w / 2, len / 2, w / 2));
    }

    void camp(Graphics2D g, Point2D p) {
        double x = p.getX();
        double y = p.getY();
        Shape diamond = Shapes.polygon(x, y - 10, x + 10, y, x, y + 10, x - 10, y);
        g.setColor(new Color(0, 0, 0, 90));
        g.fill(AffineTransform.getTranslateInstance(2, 2).createTransformedShape(diamond));
        g.setColor(new Color(0xA8382C));
        g.fill(diamond);
        g.setColor(new Color(250, 240, 230));
        g.setStroke(new BasicStroke(1.8f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(diamond);
        g.draw(new Line2D.Double(x - 4, y - 4, x + 4, y + 4));
        g.draw(new Line2D.Double(x - 4, y + 4, x + 4, y - 4));
    }

    void spawn(Graphics2D g, Point2D p) {
        disc(g, p, 19, new Color(0x4E8F5A));
        double x = p.getX();
        double y = p.getY();
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(2.4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Line2D.Double(x - 5, y + 10, x - 5, y - 10));
        g.fill(Shapes.polygon(x - 5, y - 10, x + 9, y - 5, x - 5, y));
    }

    void goal(Graphics2D g, Point2D p) {
        disc(g, p, 21, new Color(0xC9962E));
        double x = p.getX();
        double y = p.getY();
        double[] star = new double[20];
        for (int i = 0; i < 10; i++) {
            double r = i % 2 == 0 ? 13 : 5.5;
            double a = -Math.PI / 2 + i * Math.PI / 5;
            star[2 * i] = x + Math.cos(a) * r;
            star[2 * i + 1] = y + Math.sin(a) * r;
        }
        g.setColor(new Color(255, 250, 232));
        g.fill(Shapes.polygon(star));
    }

    private void disc(Graphics2D g, Point2D p, double r, Color fill) {
        Ellipse2D.Double outer = new Ellipse2D.Double(p.getX() - r, p.getY() - r, 2 * r, 2 * r);
        g.setColor(new Color(0, 0, 0, 100));
        g.fill(AffineTransform.getTranslateInstance(2, 3).createTransformedShape(outer));
        g.setColor(fill);
        g.fill(outer);
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(3f));
        g.draw(outer);
    }
}
