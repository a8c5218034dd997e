package dev.playlens.demo.level;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.MultipleGradientPaint;
import java.awt.RadialGradientPaint;
import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.SplittableRandom;

/** Draws each kind of hazard so that a designer tells lava, water, ice, pits, spikes and vents apart at a glance. */
final class HazardPainter {
    private static final BasicStroke ROUND_2 = new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);

    private final TextureCache textures;

    HazardPainter(TextureCache textures) {
        this.textures = textures;
    }

    void paint(Graphics2D g, Hazard h) {
        switch (h.kind()) {
            case LAVA -> lava(g, h.shape());
            case WATER -> water(g, h.shape());
            case THIN_ICE -> ice(g, h.shape());
            case PIT -> pit(g, h.shape());
            case SPIKES -> spikes(g, h.shape());
            case FIRE_VENTS -> vents(g, h.shape());
        }
    }

    private void lava(Graphics2D g, Shape s) {
        for (int w : new int[]{30, 20, 11}) {
            g.setColor(new Color(255, 110, 30, 34));
            g.setStroke(new BasicStroke(w, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(s);
        }
        g.setPaint(textures.get("lava", () -> Textures.lava(101)));
        g.fill(s);
        g.setColor(new Color(45, 18, 10, 210));
        g.setStroke(new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(s);
    }

    private void water(Graphics2D g, Shape s) {
        g.setColor(new Color(0, 0, 0, 60));
        g.setStroke(new BasicStroke(8f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(s);
        g.setPaint(textures.get("water", () -> Textures.water(102)));
        g.fill(s);
        Shape clip = g.getClip();
        g.clip(s);
        g.setColor(new Color(225, 240, 238, 70));
        g.setStroke(new BasicStroke(1.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        Rectangle2D b = s.getBounds2D();
        SplittableRandom rnd = new SplittableRandom(7);
        int ripples = (int) (b.getWidth() * b.getHeight() / 900);
        for (int i = 0; i < ripples; i++) {
            double x = b.getX() + rnd.nextDouble() * b.getWidth();
            double y = b.getY() + rnd.nextDouble() * b.getHeight();
            Path2D.Double wave = new Path2D.Double();
            wave.moveTo(x, y);
            wave.quadTo(x + 5, y - 3, x + 10, y);
            wave.quadTo(x + 15, y + 3, x + 20, y);
            g.draw(wave);
        }
        g.setClip(clip);
        g.setColor(new Color(236, 244, 238, 170));
        g.setStroke(new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(s);
    }

    private void ice(Graphics2D g, Shape s) {
        g.setPaint(textures.get("ice", () -> Textures.ice(103)));
        g.fill(s);
        Shape clip = g.getClip();
        g.clip(s);
        g.setColor(new Color(60, 105, 135, 120));
        g.setStroke(new BasicStroke(1.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        Rectangle2D b = s.getBounds2D();
        SplittableRandom rnd = new SplittableRandom(9);
        for (int i = 0; i < 40; i++) {
            double x = b.getX() + rnd.nextDouble() * b.getWidth();
            double y = b.getY() + rnd.nextDouble() * b.getHeight();
            double a = rnd.nextDouble() * Math.PI * 2;
            for (int k = 0; k < 4; k++) {
                double len = 8 + rnd.nextDouble() * 16;
                a += (rnd.nextDouble() - 0.5) * 1.4;
                double nx = x + Math.cos(a) * len;
                double ny = y + Math.sin(a) * len;
                g.draw(new Line2D.Double(x, y, nx, ny));
                x = nx;
                y = ny;
            }
        }
        g.setClip(clip);
        g.setColor(new Color(250, 253, 255, 220));
        g.setStroke(new BasicStroke(3f));
        g.draw(s);
    }

    private void pit(Graphics2D g, Shape s) {
        Rectangle2D b = s.getBounds2D();
        float r = (float) Math.max(4, Math.max(b.getWidth(), b.getHeight()) / 2);
        g.setPaint(new RadialGradientPaint(new Point2D.Double(b.getCenterX(), b.getCenterY()), r,
                new float[]{0f, 0.6f, 1f}, new Color[]{new Color(5, 5, 6), new Color(22, 20, 19), new Color(62, 56, 50)},
                MultipleGradientPaint.CycleMethod.NO_CYCLE));
        g.fill(s);
        g.setColor(new Color(30, 26, 22, 230));
        g.setStroke(new BasicStroke(3f));
        g.draw(s);
    }

    private void spikes(Graphics2D g, Shape s) {
        g.setColor(new Color(64, 63, 66));
        g.fill(s);
        Shape clip = g.getClip();
        g.clip(s);
        Rectangle2D b = s.getBounds2D();
        g.setColor(new Color(205, 205, 210));
        for (double y = b.getY() + 3; y < b.getMaxY(); y += 9) {
            for (double x = b.getX() + 3; x < b.getMaxX(); x += 9) {
                g.fill(Shapes.polygon(x, y + 7, x + 3.5, y, x + 7, y + 7));
            }
        }
        g.setClip(clip);
        g.setStroke(new BasicStroke(3f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[]{6f, 4f}, 0f));
        g.setColor(new Color(220, 168, 40));
        g.draw(s);
    }

    private void vents(Graphics2D g, Shape s) {
        for (int w : new int[]{22, 12}) {
            g.setColor(new Color(255, 120, 30, 45));
            g.setStroke(new BasicStroke(w, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(s);
        }
        g.setColor(new Color(48, 42, 40));
        g.fill(s);
        Rectangle2D b = s.getBounds2D();
        g.setStroke(ROUND_2);
        for (double y = b.getY() + 6; y < b.getMaxY() - 3; y += 7) {
            g.setColor(new Color(250, 140, 45));
            g.draw(new Line2D.Double(b.getX() + 6, y, b.getMaxX() - 6, y));
        }
        g.setColor(new Color(25, 20, 18));
        g.setStroke(new BasicStroke(2f));
        g.draw(s);
    }
}
