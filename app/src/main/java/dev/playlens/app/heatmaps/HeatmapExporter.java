package dev.playlens.app.heatmaps;

import dev.playlens.heatmap.BinCsv;
import dev.playlens.heatmap.BinGrid;
import dev.playlens.heatmap.HeatmapCaption;
import dev.playlens.heatmap.HeatmapQuery;
import dev.playlens.heatmap.render.HeatStyle;
import dev.playlens.heatmap.render.HeatmapRenderer;
import dev.playlens.heatmap.render.PixelWindow;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes what the screen shows: a PNG figure (level image, heat, title lines and colour bar; the two maps side
 * by side in that mode) and the bins as CSV (the CLI's format; B − A in compare modes). Runs in a job.
 */
public final class HeatmapExporter {
    private final HeatmapRenderer renderer = new HeatmapRenderer();
    private final FrameRenderer images;

    public HeatmapExporter(FrameRenderer images) {
        this.images = images;
    }

    public void png(HeatmapFrame frame, Path file) {
        BufferedImage base = images.image(frame.level().image());
        PixelWindow window = window(frame);
        HeatStyle style = frame.style().withLegend(true);
        String name = frame.level().name();
        HeatmapQuery q = frame.query();
        BufferedImage figure;
        if (frame.diff() == null) {
            figure = renderer.figure(frame.grid(), frame.calibration(), base, window, style,
                    HeatmapCaption.lines(name, q, frame.grid()));
        } else if (frame.settings().mode() == CompareMode.DIFF) {
            figure = renderer.figure(frame.diff().difference(), frame.calibration(), base, window, style,
                    HeatmapCaption.diffLines(name, q, frame.settings().versionsA(),
                            frame.settings().versionsB(), frame.diff()));
        } else {
            BufferedImage a = figure(frame, frame.diff().a(), frame.settings().versionsA(), base, window, style);
            BufferedImage b = figure(frame, frame.diff().b(), frame.settings().versionsB(), base, window, style);
            figure = besideEachOther(a, b);
        }
        HeatmapRenderer.writePng(figure, file);
    }

    private BufferedImage figure(HeatmapFrame frame, BinGrid grid, List<String> versions, BufferedImage base,
                                 PixelWindow window, HeatStyle style) {
        HeatmapQuery q = frame.query().withAppVersions(versions);
        return renderer.figure(grid, frame.calibration(), base, window, style,
                HeatmapCaption.lines(frame.level().name(), q, grid));
    }

    /** The bins of the map, or of B − A in compare modes. */
    public void csv(HeatmapFrame frame, Path file) {
        new BinCsv().write(frame.primaryGrid(), file);
    }

    /** The visible part of the level at (at least) the level image's own resolution. */
    private static PixelWindow window(HeatmapFrame frame) {
        if (frame.query().viewport() == null) return PixelWindow.full(frame.imageWidth(), frame.imageHeight());
        return PixelWindow.zoom(frame.query().viewport(), frame.calibration(), Math.max(frame.imageWidth(), 800),
                Math.max(frame.imageHeight(), 800));
    }

    private static BufferedImage besideEachOther(BufferedImage a, BufferedImage b) {
        BufferedImage out = new BufferedImage(a.getWidth() + b.getWidth(), Math.max(a.getHeight(), b.getHeight()),
                BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setColor(new java.awt.Color(0x1f2124));
            g.fillRect(0, 0, out.getWidth(), out.getHeight());
            g.drawImage(a, 0, 0, null);
            g.drawImage(b, a.getWidth(), 0, null);
        } finally {
            g.dispose();
        }
        return out;
    }
}
