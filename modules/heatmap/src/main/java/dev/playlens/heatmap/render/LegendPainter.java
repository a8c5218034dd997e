package dev.playlens.heatmap.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.util.ArrayList;
import java.util.List;

/** Draws the title lines above the map and the colour bar with ticks and unit below it. */
final class LegendPainter {
    static final Color BACKGROUND = new Color(0x1f2124);
    private static final Color TEXT = new Color(0xf0f0f0);
    private static final Color MUTED = new Color(0xb8bcc2);

    private final int fontSize;
    private final Font titleFont;
    private final Font textFont;

    LegendPainter(int figureWidth) {
        fontSize = Math.max(12, Math.min(20, figureWidth / 55));
        titleFont = new Font(Font.SANS_SERIF, Font.BOLD, fontSize + 1);
        textFont = new Font(Font.SANS_SERIF, Font.PLAIN, fontSize);
    }

    int titleHeight(int lines) {
        return (int) Math.round(fontSize * (0.8 + 1.45 * lines));
    }

    int legendHeight() {
        return (int) Math.round(fontSize * 5.2);
    }

    /**
     * Title lines: the first bold, the others muted. A line too wide is wrapped at its " · " separators (then
     * shortened with …), so the filters stay readable on a narrow image.
     */
    List<Line> layoutTitle(Graphics2D g, List<String> lines, int width) {
        List<Line> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Font font = i == 0 ? titleFont : textFont;
            FontMetrics fm = g.getFontMetrics(font);
            StringBuilder current = new StringBuilder();
            for (String part : lines.get(i).split(" · ")) {
                String candidate = current.isEmpty() ? part : current + " · " + part;
                if (!current.isEmpty() && fm.stringWidth(candidate) > width - 2 * pad()) {
                    out.add(new Line(fit(current.toString(), fm, width - 2 * pad()), font, i == 0 ? TEXT : MUTED));
                    current = new StringBuilder(part);
                } else {
                    current = new StringBuilder(candidate);
                }
            }
            out.add(new Line(fit(current.toString(), fm, width - 2 * pad()), font, i == 0 ? TEXT : MUTED));
        }
        return out;
    }

    record Line(String text, Font font, Color color) {
    }

    void paintTitle(Graphics2D g, List<Line> lines) {
        int y = (int) Math.round(fontSize * 1.45);
        for (Line line : lines) {
            g.setFont(line.font());
            g.setColor(line.color());
            g.drawString(line.text(), pad(), y);
            y += (int) Math.round(fontSize * 1.45);
        }
    }

    /** The unit, then the colour bar with tick marks and labels. */
    void paintLegend(Graphics2D g, ValueScale scale, String unit, int top, int width) {
        int pad = pad();
        g.setFont(textFont);
        FontMetrics fm = g.getFontMetrics();
        g.setColor(TEXT);
        g.drawString(fit(unit + (scale.isLog() ? "  (log scale)" : ""), fm, width - 2 * pad), pad,
                top + (int) Math.round(fontSize * 1.35));
        int barTop = top + (int) Math.round(fontSize * 1.9);
        int barHeight = (int) Math.round(fontSize * 1.1);
        int barWidth = width - 2 * pad;
        for (int x = 0; x < barWidth; x++) {
            g.setColor(new Color(scale.barRgb(x / (double) (barWidth - 1))));
            g.drawLine(pad + x, barTop, pad + x, barTop + barHeight);
        }
        g.setColor(MUTED);
        g.setStroke(new BasicStroke(1f));
        g.drawRect(pad, barTop, barWidth, barHeight);
        int labelY = barTop + barHeight + (int) Math.round(fontSize * 1.3);
        int lastRight = Integer.MIN_VALUE;
        for (ValueScale.Tick t : scale.ticks()) {
            int x = pad + (int) Math.round(t.position() * (barWidth - 1));
            g.setColor(TEXT);
            g.drawLine(x, barTop + barHeight, x, barTop + barHeight + fontSize / 3);
            int w = fm.stringWidth(t.label());
            int lx = Math.max(pad, Math.min(pad + barWidth - w, x - w / 2));
            if (lx > lastRight + fontSize / 2) {
                g.drawString(t.label(), lx, labelY);
                lastRight = lx + w;
            }
        }
    }

    int pad() {
        return fontSize;
    }

    private static String fit(String text, FontMetrics fm, int width) {
        if (fm.stringWidth(text) <= width) return text;
        String s = text;
        while (s.length() > 1 && fm.stringWidth(s + "…") > width) s = s.substring(0, s.length() - 1);
        return s + "…";
    }
}
