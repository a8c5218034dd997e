import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RadialGradientPaint;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Draws the Playlens icon (a lens over a small heatmap grid on a dark tile) and writes it for each installer:
 * linux/playlens.png (256 px), windows/playlens.ico and macos/playlens.icns (PNG-in-container, 256 and 512 px).
 * Run from installers/: {@code java icon/IconGenerator.java .} — the outputs are committed; rerun after a change.
 */
public final class IconGenerator {
    /** Inferno-like ramp, cold to hot, for the heatmap cells. */
    private static final Color[] HEAT = {
            new Color(0x2B, 0x0B, 0x57), new Color(0x74, 0x1A, 0x6E), new Color(0xB8, 0x32, 0x5B),
            new Color(0xE8, 0x5D, 0x33), new Color(0xF8, 0x9B, 0x1E), new Color(0xFC, 0xE1, 0x64)};
    /** Heat level of each cell in a 5×5 grid: one hot spot, lower right of centre. */
    private static final int[][] GRID = {
            {0, 0, 1, 0, 0},
            {0, 1, 2, 1, 0},
            {1, 2, 4, 3, 1},
            {0, 2, 5, 4, 1},
            {0, 1, 2, 1, 0}};

    private IconGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : ".");
        byte[] png256 = png(draw(256));
        byte[] png512 = png(draw(512));
        Files.write(root.resolve("linux/playlens.png"), png256);
        Files.write(root.resolve("windows/playlens.ico"), ico(png256));
        Files.write(root.resolve("macos/playlens.icns"), icns(png256, png512));
    }

    static BufferedImage draw(int size) {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.scale(size / 256.0, size / 256.0);

        g.setColor(new Color(0x1B, 0x22, 0x30));
        g.fill(new RoundRectangle2D.Double(8, 8, 240, 240, 56, 56));

        double cell = 30, gap = 4, x0 = 40, y0 = 40;
        for (int r = 0; r < GRID.length; r++) {
            for (int c = 0; c < GRID[r].length; c++) {
                g.setColor(HEAT[GRID[r][c]]);
                g.fill(new RoundRectangle2D.Double(x0 + c * (cell + gap), y0 + r * (cell + gap), cell, cell, 7, 7));
            }
        }

        // The lens: a soft glow over the hot spot, a white ring and a handle towards the lower right.
        double cx = 118, cy = 122, radius = 58;
        g.setPaint(new RadialGradientPaint((float) cx, (float) cy, (float) radius,
                new float[]{0f, 1f}, new Color[]{new Color(255, 255, 255, 70), new Color(255, 255, 255, 0)}));
        g.fill(new Ellipse2D.Double(cx - radius, cy - radius, 2 * radius, 2 * radius));
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(14, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Ellipse2D.Double(cx - radius, cy - radius, 2 * radius, 2 * radius));
        g.setStroke(new BasicStroke(22, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        double d = radius / Math.sqrt(2) + 10;
        g.draw(new Line2D.Double(cx + d, cy + d, 212, 216));
        g.dispose();
        return img;
    }

    static byte[] png(BufferedImage img) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    /** A Windows icon holding one 256 px PNG (supported since Vista). */
    static byte[] ico(byte[] png) {
        ByteBuffer b = ByteBuffer.allocate(6 + 16 + png.length).order(ByteOrder.LITTLE_ENDIAN);
        b.putShort((short) 0).putShort((short) 1).putShort((short) 1); // reserved, type icon, one image
        b.put((byte) 0).put((byte) 0); // width, height: 0 means 256
        b.put((byte) 0).put((byte) 0); // palette, reserved
        b.putShort((short) 1).putShort((short) 32); // planes, bits per pixel
        b.putInt(png.length).putInt(6 + 16);
        b.put(png);
        return b.array();
    }

    /** A macOS icon family with the 256 px (ic08) and 512 px (ic09) PNGs. */
    static byte[] icns(byte[] png256, byte[] png512) {
        int total = 8 + 8 + png256.length + 8 + png512.length;
        ByteBuffer b = ByteBuffer.allocate(total).order(ByteOrder.BIG_ENDIAN);
        b.put("icns".getBytes()).putInt(total);
        b.put("ic08".getBytes()).putInt(8 + png256.length).put(png256);
        b.put("ic09".getBytes()).putInt(8 + png512.length).put(png512);
        return b.array();
    }
}
