import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.File;
import java.util.HashSet;
import java.util.Set;

/**
 * Checks that a --screenshot PNG shows the main window with a rendered heatmap: window-sized, many colours,
 * and heat-coloured pixels (the purple-to-yellow ramp of the default colour map) in the content area.
 * Usage: java ScreenshotCheck.java FILE.png   (exit 0 and one summary line, or exit 1 naming what is wrong)
 */
public final class ScreenshotCheck {
    private static final int MIN_WIDTH = 1000;
    private static final int MIN_HEIGHT = 600;
    private static final int MIN_COLOURS = 2000;
    private static final double MIN_HEAT_SHARE = 0.01;

    private ScreenshotCheck() {
    }

    public static void main(String[] args) throws Exception {
        BufferedImage img = ImageIO.read(new File(args[0]));
        if (img == null) fail(args[0] + " is not a PNG");
        int w = img.getWidth(), h = img.getHeight();
        if (w < MIN_WIDTH || h < MIN_HEIGHT) fail("window too small: " + w + "x" + h);
        Set<Integer> colours = new HashSet<>();
        long heat = 0, content = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int rgb = img.getRGB(x, y) & 0xFFFFFF;
                colours.add(rgb);
                // The heatmap sits right of the navigation and below the toolbar.
                if (x > w / 8 && y > h / 6) {
                    content++;
                    if (isHeat(rgb)) heat++;
                }
            }
        }
        double heatShare = (double) heat / content;
        String summary = String.format("%dx%d, %d colours, %.1f %% heat-coloured pixels", w, h, colours.size(),
                100 * heatShare);
        if (colours.size() < MIN_COLOURS) fail("too uniform for a rendered heatmap: " + summary);
        if (heatShare < MIN_HEAT_SHARE) fail("no heatmap colours: " + summary);
        System.out.println("screenshot ok: " + summary);
    }

    /** Magenta-purple to orange-yellow (the inferno bins blended over the level), not the grey UI or the map. */
    private static boolean isHeat(int rgb) {
        int r = rgb >> 16 & 0xFF, g = rgb >> 8 & 0xFF, b = rgb & 0xFF;
        boolean purple = r > 95 && b > 60 && r - g > 30 && b - g > 15;
        boolean fire = r > 180 && g > 60 && b < 0.6 * g;
        return purple || fire;
    }

    private static void fail(String message) {
        System.err.println("screenshot check failed: " + message);
        System.exit(1);
    }
}
