package dev.playlens.app.shell;

import dev.playlens.app.services.DemoSetup;
import dev.playlens.core.job.JobContext;
import dev.playlens.demo.DemoSpec;
import dev.playlens.app.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The one real-window test: {@code playlens --workspace DIR --screenshot FILE} on a small generated demo, in its
 * own JVM on a real display
 * (Xvfb under {@code ./playlens test}), exactly as a user or a script runs it.
 */
class ScreenshotWindowTest {

    @Test
    void theScreenshotShowsTheMainWindowWithTheHeatmap(@TempDir Path dir) throws Exception {
        assumeTrue(System.getenv("DISPLAY") != null, "needs a display: run under xvfb-run (./playlens test does)");
        // A small demo game, generated and loaded exactly as `playlens demo` does.
        Workspace ws = new DemoSetup().generateAndLoad(dir.resolve("ws"),
                DemoSpec.defaults().withPlayers(600).withDays(7), JobContext.silent()).workspace();
        Path png = dir.resolve("shot.png");

        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                "dev.playlens.app.Main", "--workspace", ws.dir().toString(), "--screenshot", png.toString()));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("app.log").toFile());
        pb.environment().put("PLAYLENS_DATA_DIR", dir.resolve("data").toString());
        Process app = pb.start();
        boolean finished = app.waitFor(150, TimeUnit.SECONDS);
        if (!finished) app.destroyForcibly();
        String log = java.nio.file.Files.readString(dir.resolve("app.log"));
        assertThat(finished).as("app finished; log:%n%s", log).isTrue();
        assertThat(app.exitValue()).as("exit code; log:%n%s", log).isZero();

        BufferedImage shot = ImageIO.read(new File(png.toString()));
        assertThat(shot).isNotNull();
        assertThat(shot.getWidth()).isEqualTo((int) MainWindow.WIDTH);
        assertThat(shot.getHeight()).isEqualTo((int) MainWindow.HEIGHT);
        assertThat(distinctColours(shot, 0, 0, shot.getWidth(), shot.getHeight())).isGreaterThan(2_000);
        // The heat itself: the inferno map's purples and oranges, which the level image barely has.
        assertThat(heatPixels(shot)).isGreaterThan(500);
    }

    private static int distinctColours(BufferedImage img, int x0, int y0, int x1, int y1) {
        Set<Integer> colours = new HashSet<>();
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) colours.add(img.getRGB(x, y) & 0xFFFFFF);
        }
        return colours.size();
    }

    /** Saturated purple-to-magenta pixels (hue 260°–340°): inferno's low and middle range. */
    private static int heatPixels(BufferedImage img) {
        int n = 0;
        float[] hsb = new float[3];
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y);
                Color.RGBtoHSB((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF, hsb);
                float hue = hsb[0] * 360;
                if (hue >= 260 && hue <= 340 && hsb[1] > 0.45f && hsb[2] > 0.25f) n++;
            }
        }
        return n;
    }
}
