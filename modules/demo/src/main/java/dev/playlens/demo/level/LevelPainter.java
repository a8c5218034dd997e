package dev.playlens.demo.level;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.SplittableRandom;

/**
 * Draws a {@link LevelDesign} as a 1024 x 1024 top-down map: textured terrain, walled floor, hazards,
 * bridges and gates, markers, labels and map furniture. Pure AWT, deterministic for a given design.
 * Thread-safe: one painter can draw several levels at once and they share its textures.
 */
public final class LevelPainter {
    private static final int SIZE = LevelDesign.SIZE;

    private final TextureCache textures = new TextureCache();
    private final HazardPainter hazards = new HazardPainter(textures);
    private final StructurePainter structures = new StructurePainter();
    private final MapFurniture furniture = new MapFurniture();

    public BufferedImage paint(LevelDesign d) {
        BufferedImage img = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            long seed = d.id().hashCode();
            Theme t = d.theme();
            g.setPaint(textures.get(d.id() + "/terrain", () -> Textures.mottled(t.terrainDark, t.terrain, seed, 110,
                    0.35)));
            g.fillRect(0, 0, SIZE, SIZE);
            scatter(g, d, seed);
            floor(g, d, textures.get(d.id() + "/floor", () -> Textures.mottled(t.floorDark, t.floor, seed + 1, 60,
                    0.25)));
            structures.walls(g, d);
            for (Hazard h : d.hazards()) hazards.paint(g, h);
            for (Crossing c : d.crossings()) structures.crossing(g, c, t);
            d.enemyCamps().forEach(p -> structures.camp(g, p));
            structures.spawn(g, d.spawn());
            structures.goal(g, d.goal());
            furniture.labels(g, d);
            furniture.worldTicks(g, d, furniture.title(g, d));
            furniture.compass(g);
            furniture.scaleBar(g, d.calibration());
            furniture.legend(g, d, hazards, structures);
            g.setColor(new Color(30, 28, 24));
            g.setStroke(new BasicStroke(4f));
            g.draw(new Rectangle2D.Double(0, 0, SIZE, SIZE));
        } finally {
            g.dispose();
        }
        return img;
    }

    /** Floor with a wall rim and a soft drop shadow, then a faint tile pattern a designer can count. */
    private void floor(Graphics2D g, LevelDesign d, Paint texture) {
        Area floor = d.floor();
        g.setColor(new Color(0, 0, 0, 60));
        g.setStroke(new BasicStroke(28f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(floor);
        g.setColor(d.theme().wall);
        g.setStroke(new BasicStroke(13f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(floor);
        g.setPaint(texture);
        g.fill(floor);
        Shape clip = g.getClip();
        g.clip(floor);
        g.setColor(new Color(0, 0, 0, d.theme() == Theme.CAVE ? 40 : 22));
        g.setStroke(new BasicStroke(1f));
        double tile = d.theme() == Theme.KEEP ? 24 : 32;
        for (double p = 0; p <= SIZE; p += tile) {
            g.draw(new Line2D.Double(p, 0, p, SIZE));
            g.draw(new Line2D.Double(0, p, SIZE, p));
        }
        g.setColor(new Color(0, 0, 0, 45));
        g.setStroke(new BasicStroke(7f));
        g.draw(floor);
        g.setClip(clip);
    }

    /** Trees, rocks or stalagmites on the impassable terrain, never on the floor. */
    private void scatter(Graphics2D g, LevelDesign d, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        Area floor = d.floor();
        Theme t = d.theme();
        for (int i = 0; i < 900; i++) {
            double x = rnd.nextDouble() * SIZE;
            double y = rnd.nextDouble() * SIZE;
            double r = 5 + rnd.nextDouble() * (t == Theme.CAVE ? 6 : 9);
            if (floor.intersects(x - r - 14, y - r - 14, 2 * r + 28, 2 * r + 28)) continue;
            Ellipse2D.Double body = new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r);
            g.setColor(new Color(0, 0, 0, 55));
            g.fill(new Ellipse2D.Double(x - r + 2, y - r + 3, 2 * r, 2 * r));
            Color base = switch (t) {
                case HARBOR -> i % 3 == 0 ? new Color(0x7D7A6E) : new Color(0x3F5A35);
                case CAVE -> new Color(0x3E3835);
                case KEEP -> new Color(0x3C5A4B);
            };
            g.setColor(base);
            g.fill(body);
            g.setColor(t == Theme.KEEP ? new Color(245, 248, 250, 210) : new Color(255, 255, 255, 45));
            g.fill(new Ellipse2D.Double(x - r * 0.6, y - r * 0.7, r * 0.9, r * 0.8));
        }
    }
}
