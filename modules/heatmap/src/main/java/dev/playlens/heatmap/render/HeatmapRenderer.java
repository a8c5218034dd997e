package dev.playlens.heatmap.render;

import dev.playlens.heatmap.BinGrid;
import dev.playlens.heatmap.calibration.Calibration;

import javax.imageio.ImageIO;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Draws a bin grid over a level image. Three levels, for the GUI and the CLI alike:
 * {@link #overlay} (the heat alone, transparent elsewhere, for a viewer that draws its own image),
 * {@link #composite} (level image + heat) and {@link #figure} (composite + title lines + colour bar).
 * Pixels are non-premultiplied ARGB ints, row-major.
 */
public final class HeatmapRenderer {

    /** The heat alone at the window's size; zero bins are fully transparent. */
    public int[] overlay(BinGrid grid, Calibration cal, PixelWindow window, HeatStyle style) {
        return OverlayRasterizer.rasterize(grid, cal, window, ValueScale.of(grid, style));
    }

    /** Level image (may be null) muted by the style's baseDim, with the heat over it; opaque. */
    public BufferedImage composite(BinGrid grid, Calibration cal, BufferedImage base, PixelWindow window,
                                   HeatStyle style) {
        int[] heat = overlay(grid, cal, window, style);
        int[] basePixels = base == null ? null : argb(base);
        int[] pixels = OverlayRasterizer.composite(heat, basePixels, base == null ? 0 : base.getWidth(),
                base == null ? 0 : base.getHeight(), window, style.baseDim());
        return image(pixels, window.width(), window.height());
    }

    /**
     * The composite with the title lines above (the first one bold) and, when the style asks for a legend,
     * the unit and colour bar below.
     */
    public BufferedImage figure(BinGrid grid, Calibration cal, BufferedImage base, PixelWindow window,
                                HeatStyle style, List<String> titleLines) {
        BufferedImage map = composite(grid, cal, base, window, style);
        if (!style.legend()) return map;
        int width = Math.max(window.width(), 480);
        LegendPainter painter = new LegendPainter(width);
        Graphics2D probe = map.createGraphics();
        List<LegendPainter.Line> lines = painter.layoutTitle(probe, titleLines, width);
        probe.dispose();
        int titleHeight = lines.isEmpty() ? 0 : painter.titleHeight(lines.size());
        int legendHeight = painter.legendHeight();
        BufferedImage fig = new BufferedImage(width, titleHeight + window.height() + legendHeight,
                BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = fig.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(LegendPainter.BACKGROUND);
            g.fillRect(0, 0, fig.getWidth(), fig.getHeight());
            painter.paintTitle(g, lines);
            g.drawImage(map, (width - window.width()) / 2, titleHeight, null);
            painter.paintLegend(g, ValueScale.of(grid, style), grid.unit(), titleHeight + window.height(), width);
        } finally {
            g.dispose();
        }
        return fig;
    }

    /** The image's pixels as non-premultiplied ARGB ints. */
    public static int[] argb(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }

    public static BufferedImage image(int[] argb, int width, int height) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        img.setRGB(0, 0, width, height, argb, 0, width);
        return img;
    }

    public static BufferedImage readImage(Path file) {
        try {
            BufferedImage img = ImageIO.read(file.toFile());
            if (img == null) throw new IllegalArgumentException("not an image ImageIO can read: " + file);
            return img;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read level image " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Loads what a first {@link #figure} and {@link #writePng} need (fonts, Java2D's text and image loops, the PNG
     * encoder), ~0.1 s in a fresh JVM: a command-line run does this while the warehouse bins.
     */
    public static void warmUp() {
        BufferedImage img = new BufferedImage(64, 32, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            LegendPainter painter = new LegendPainter(480);
            painter.paintTitle(g, painter.layoutTitle(g, List.of("Warm-up", "0,123 events — 4.5"), 480));
            g.drawImage(image(new int[16], 4, 4), 0, 0, null);
        } finally {
            g.dispose();
        }
        try {
            ImageIO.write(img, "png", OutputStream.nullOutputStream());
        } catch (IOException ignored) {
            // nothing was to be written; the real write reports its own errors
        }
    }

    /** Writes a PNG through a temporary file and a rename, so a failed write leaves the old file intact. */
    public static void writePng(BufferedImage image, Path file) {
        Path target = file.toAbsolutePath();
        try {
            Files.createDirectories(target.getParent());
            Path tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
            try {
                if (!ImageIO.write(image, "png", tmp.toFile())) throw new IOException("no PNG writer");
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write PNG " + file + ": " + e.getMessage(), e);
        }
    }
}
