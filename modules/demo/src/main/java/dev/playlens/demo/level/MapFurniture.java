package dev.playlens.demo.level;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** What makes the drawing read as a map: area labels, title cartouche, compass, scale bar, world ticks, legend. */
final class MapFurniture {
    private static final int SIZE = LevelDesign.SIZE;
    private static final String FAMILY = "DejaVu Sans";
    private static final Font LABEL = font(Font.BOLD, 13f, 0.08f);
    private static final Font SMALL = font(Font.PLAIN, 11f, 0f);
    private static final Font TITLE = font(Font.BOLD, 23f, 0.02f);
    private static final Color PAPER = new Color(248, 243, 230, 232);
    private static final Color PAPER_INK = new Color(48, 44, 38);

    void labels(Graphics2D g, LevelDesign d) {
        boolean dark = d.theme() == Theme.CAVE;
        Color halo = dark ? new Color(18, 14, 12, 220) : new Color(250, 247, 238, 215);
        for (MapLabel l : d.labels()) text(g, l.text(), LABEL, l.x(), l.y(), d.theme().ink, halo, true);
        text(g, "SPAWN", SMALL, d.spawn().getX(), d.spawn().getY() + 34, d.theme().ink, halo, true);
        text(g, "EXIT", SMALL, d.goal().getX(), d.goal().getY() + 36, d.theme().ink, halo, true);
    }

    /** Draws the title cartouche top left and returns the area it covers. */
    Rectangle2D title(Graphics2D g, LevelDesign d) {
        Calibration cal = d.calibration();
        List<String> lines = new ArrayList<>();
        lines.add(d.id() + "  ·  layout " + d.version());
        lines.add(String.format(Locale.ROOT, "1 px = %s world units%s", trim(cal.unitsPerPixel()),
                d.world().flipY() ? ", world y up" : ""));
        if (!d.changeNote().isEmpty()) lines.add(d.changeNote());
        double w = Math.max(width(g, d.name(), TITLE), lines.stream().mapToDouble(s -> width(g, s, SMALL)).max()
                .orElse(0)) + 28;
        double h = 44 + 16 * lines.size();
        RoundRectangle2D.Double box = new RoundRectangle2D.Double(14, 14, w, h, 12, 12);
        panel(g, box);
        g.setColor(PAPER_INK);
        draw(g, d.name(), TITLE, 28, 44);
        for (int i = 0; i < lines.size(); i++) draw(g, lines.get(i), SMALL, 28, 64 + 16 * i);
        return box.getBounds2D();
    }

    void compass(Graphics2D g) {
        double cx = SIZE - 52;
        double cy = 58;
        panel(g, new Ellipse2D.Double(cx - 30, cy - 30, 60, 60));
        g.setColor(new Color(0xA8382C));
        g.fill(Shapes.polygon(cx, cy - 22, cx + 7, cy, cx - 7, cy));
        g.setColor(PAPER_INK);
        g.fill(Shapes.polygon(cx, cy + 22, cx + 7, cy, cx - 7, cy));
        text(g, "N", font(Font.BOLD, 11f, 0f), cx + 14, cy - 12, PAPER_INK, null, true);
    }

    /** A scale bar in world units (a round figure near 160 px) above the legend, bottom right. */
    void scaleBar(Graphics2D g, Calibration cal) {
        double target = 160 * cal.unitsPerPixel();
        double magnitude = Math.pow(10, Math.floor(Math.log10(target)));
        double units = magnitude;
        for (double m : new double[]{1, 2, 2.5, 5, 10}) if (m * magnitude <= target) units = m * magnitude;
        double px = units / cal.unitsPerPixel();
        double x1 = SIZE - 24;
        double x0 = x1 - px;
        double y = SIZE - 52;
        panel(g, new RoundRectangle2D.Double(x0 - 12, y - 24, px + 24, 38, 8, 8));
        for (int i = 0; i < 4; i++) {
            g.setColor(i % 2 == 0 ? PAPER_INK : Color.WHITE);
            g.fill(new Rectangle2D.Double(x0 + i * px / 4, y, px / 4, 6));
        }
        g.setColor(PAPER_INK);
        g.setStroke(new BasicStroke(1f));
        g.draw(new Rectangle2D.Double(x0, y, px, 6));
        text(g, trim(units) + " world units", SMALL, (x0 + x1) / 2, y - 8, PAPER_INK, null, true);
    }

    /** World coordinates at every quarter of the image, along the top and left edges, except under {@code title}. */
    void worldTicks(Graphics2D g, LevelDesign d, Rectangle2D title) {
        Calibration cal = d.calibration();
        Color ink = d.theme() == Theme.CAVE ? new Color(235, 225, 210, 200) : new Color(30, 30, 30, 190);
        Color halo = d.theme() == Theme.CAVE ? new Color(0, 0, 0, 160) : new Color(255, 255, 255, 170);
        g.setStroke(new BasicStroke(1.5f));
        for (int q = 1; q < 4; q++) {
            double p = q * SIZE / 4.0;
            g.setColor(ink);
            if (!title.intersects(p - 30, 0, 60, 24)) {
                g.draw(new Line2D.Double(p, 0, p, 8));
                text(g, trim(cal.worldX(p)), SMALL, p, 20, ink, halo, true);
            }
            if (!title.intersects(0, p - 10, 50, 20)) {
                g.setColor(ink);
                g.draw(new Line2D.Double(0, p, 8, p));
                text(g, trim(cal.worldY(p)), SMALL, 12, p + 4, ink, halo, false);
            }
        }
    }

    /** A strip along the bottom edge explaining the symbols used on this level. */
    void legend(Graphics2D g, LevelDesign d, HazardPainter hazards, StructurePainter structures) {
        Set<HazardKind> kinds = EnumSet.noneOf(HazardKind.class);
        d.hazards().forEach(h -> kinds.add(h.kind()));
        Map<HazardKind, String> names = Map.of(HazardKind.LAVA, "Lava", HazardKind.WATER, "Deep water",
                HazardKind.THIN_ICE, "Thin ice", HazardKind.PIT, "Pit", HazardKind.SPIKES, "Spike trap",
                HazardKind.FIRE_VENTS, "Fire vents");
        double x = 22;
        double y = SIZE - 26;
        double width = 150 + kinds.size() * 100 + 200;
        panel(g, new RoundRectangle2D.Double(12, y - 16, width, 32, 10, 10));
        for (HazardKind k : kinds) {
            Shape swatch = new RoundRectangle2D.Double(x, y - 8, 18, 16, 4, 4);
            hazards.paint(g, new Hazard(k, "legend", swatch));
            x = legendText(g, names.get(k), x + 24, y);
        }
        structures.camp(g, new java.awt.geom.Point2D.Double(x + 8, y));
        x = legendText(g, "Enemy camp", x + 24, y);
        g.setColor(new Color(0x8C6B47));
        g.fill(new Rectangle2D.Double(x, y - 5, 22, 10));
        legendText(g, "Bridge / gate", x + 28, y);
    }

    private double legendText(Graphics2D g, String s, double x, double y) {
        g.setColor(PAPER_INK);
        draw(g, s, SMALL, x, y + 4);
        return x + width(g, s, SMALL) + 16;
    }

    private static void panel(Graphics2D g, Shape s) {
        g.setColor(new Color(0, 0, 0, 70));
        g.fill(AffineTransform.getTranslateInstance(2, 3).createTransformedShape(s));
        g.setColor(PAPER);
        g.fill(s);
        g.setColor(new Color(90, 80, 64));
        g.setStroke(new BasicStroke(1.4f));
        g.draw(s);
    }

    /** Text centred on x (or starting at x) with an optional halo so it reads on any ground. */
    private static void text(Graphics2D g, String s, Font f, double x, double y, Color ink, Color halo,
                             boolean centred) {
        TextLayout layout = new TextLayout(s, f, g.getFontRenderContext());
        double left = centred ? x - layout.getAdvance() / 2 : x;
        Shape outline = layout.getOutline(AffineTransform.getTranslateInstance(left, y));
        if (halo != null) {
            g.setColor(halo);
            g.setStroke(new BasicStroke(3.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(outline);
        }
        g.setColor(ink);
        g.fill(outline);
    }

    private static void draw(Graphics2D g, String s, Font f, double x, double y) {
        g.fill(new TextLayout(s, f, g.getFontRenderContext()).getOutline(AffineTransform.getTranslateInstance(x, y)));
    }

    private static double width(Graphics2D g, String s, Font f) {
        FontRenderContext frc = g.getFontRenderContext();
        return new TextLayout(s, f, frc).getAdvance();
    }

    private static Font font(int style, float size, float tracking) {
        return new Font(FAMILY, style, 1).deriveFont(Map.of(TextAttribute.SIZE, size, TextAttribute.TRACKING, tracking));
    }

    private static String trim(double v) {
        if (v == Math.rint(v)) return Long.toString((long) v);
        return String.format(Locale.ROOT, "%.3f", v).replaceAll("0+$", "");
    }
}
