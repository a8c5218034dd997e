package dev.playlens.demo;

import dev.playlens.core.level.Level;
import dev.playlens.core.level.LevelsFile;
import dev.playlens.core.level.WorldRect;
import dev.playlens.demo.level.DeathZone;
import dev.playlens.demo.level.DemoLevels;
import dev.playlens.demo.level.LevelDesign;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Deaths, read back from the events and placed on the images with the calibration in levels.json (the
 * mapping is re-implemented here from the WorldRect contract, not borrowed from the generator).
 */
class DeathPlacementTest {

    @Test
    void nearlyAllDeathsFallInsideTheWorldRectangle() {
        for (Level level : levels()) {
            List<double[]> deaths = deathsOf(level.id());
            assertThat(deaths).as(level.id()).hasSizeGreaterThan(1_000);
            long inside = deaths.stream().filter(d -> inside(level.world(), d)).count();
            assertThat(inside / (double) deaths.size()).as(level.id()).isGreaterThan(0.99).isLessThan(1.0);
        }
    }

    /** Deaths cluster on the designed hazards and chokepoints, far above what their area would give. */
    @Test
    void deathsClusterOnHazardsAndChokepoints() {
        for (LevelDesign design : DemoLevels.designs("1.1")) {
            Level level = levels().stream().filter(l -> l.id().equals(design.id())).findFirst().orElseThrow();
            List<double[]> deaths = SharedDemo.scan().deaths.get(design.id() + "@1.1");
            long near = deaths.stream().map(d -> pixel(level, d)).filter(p -> nearHotspot(design, p)).count();
            double share = near / (double) deaths.size();
            double areaShare = hotspotAreaShare(design);
            System.out.printf("%s: %.1f %% of deaths near hazards/chokepoints, which cover %.1f %% of the map%n",
                    design.id(), 100 * share, 100 * areaShare);
            assertThat(share).as("%s deaths near hazards/chokepoints", design.id()).isGreaterThan(0.6);
            assertThat(share).as("%s deaths near hot spots vs their area", design.id()).isGreaterThan(3 * areaShare);
        }
    }

    /** Lava deaths in the caverns are drawn on lava: many more deaths on lava-coloured pixels than lava covers. */
    @Test
    void cavernDeathsSitOnTheLavaDrawnInTheImage() throws IOException {
        Level caverns = levels().stream().filter(l -> l.id().equals("ember_caverns")).findFirst().orElseThrow();
        for (String version : List.of("1.0", "1.1")) {
            String image = version.equals("1.0") ? "levels/ember_caverns_v1.0.png" : caverns.image();
            BufferedImage img = ImageIO.read(SharedDemo.summary().levelsFile().resolveSibling(image).toFile());
            List<double[]> deaths = SharedDemo.scan().deaths.get("ember_caverns@" + version);
            long onLava = deaths.stream().map(d -> pixel(caverns, d)).filter(p -> lava(img, p)).count();
            long lavaPixels = 0;
            for (int y = 0; y < img.getHeight(); y++) {
                for (int x = 0; x < img.getWidth(); x++) if (lava(img, new double[]{x, y})) lavaPixels++;
            }
            double deathShare = onLava / (double) deaths.size();
            double areaShare = lavaPixels / (double) (img.getWidth() * img.getHeight());
            System.out.printf("ember_caverns %s: %.1f %% of deaths on lava pixels, lava is %.1f %% of the image%n",
                    version, 100 * deathShare, 100 * areaShare);
            assertThat(deathShare).as("deaths on lava in %s", version).isGreaterThan(0.15);
            assertThat(deathShare).as("deaths on lava vs lava area in %s", version).isGreaterThan(2.5 * areaShare);
        }
    }

    /** In 1.1 the Cinder Bridge moved north: deaths around the old crossing fade, the new crossing gains them. */
    @Test
    void theVersionDiffShowsTheMovedBridge() {
        Level caverns = levels().stream().filter(l -> l.id().equals("ember_caverns")).findFirst().orElseThrow();
        Map<String, double[]> bridges = Map.of("old", new double[]{507, 503}, "new", new double[]{508, 320});
        double old10 = shareNear(caverns, "1.0", bridges.get("old"));
        double old11 = shareNear(caverns, "1.1", bridges.get("old"));
        double new10 = shareNear(caverns, "1.0", bridges.get("new"));
        double new11 = shareNear(caverns, "1.1", bridges.get("new"));
        assertThat(old10).isGreaterThan(3 * old11);
        assertThat(new11).isGreaterThan(3 * new10);
    }

    private static double shareNear(Level level, String version, double[] center) {
        List<double[]> deaths = SharedDemo.scan().deaths.get(level.id() + "@" + version);
        assertThat(deaths).as("%s deaths in %s", level.id(), version).hasSizeGreaterThan(500);
        long near = deaths.stream().map(d -> pixel(level, d))
                .filter(p -> Math.hypot(p[0] - center[0], p[1] - center[1]) < 90).count();
        return near / (double) deaths.size();
    }

    /** Within two sigma of one of the level's death zones (its hazards' blobs and its chokepoints). */
    private static boolean nearHotspot(LevelDesign d, double[] p) {
        for (DeathZone z : d.deathZones()) {
            if (Math.hypot(p[0] - z.x(), p[1] - z.y()) < 2 * z.sigma()) return true;
        }
        return false;
    }

    /** Share of the floor and hazards within the hot spots, counted on a 4-pixel grid. */
    private static double hotspotAreaShare(LevelDesign d) {
        long hot = 0;
        long all = 0;
        for (int y = 0; y < LevelDesign.SIZE; y += 4) {
            for (int x = 0; x < LevelDesign.SIZE; x += 4) {
                double[] p = {x, y};
                boolean hazard = d.hazards().stream().anyMatch(h -> h.shape().contains(p[0], p[1]));
                if (!hazard && !d.floor().contains(x, y)) continue;
                all++;
                if (nearHotspot(d, p)) hot++;
            }
        }
        return hot / (double) all;
    }

    private static boolean lava(BufferedImage img, double[] p) {
        int x = (int) p[0];
        int y = (int) p[1];
        if (x < 0 || y < 0 || x >= img.getWidth() || y >= img.getHeight()) return false;
        int rgb = img.getRGB(x, y);
        int r = (rgb >> 16) & 0xFF;
        int g = (rgb >> 8) & 0xFF;
        int b = rgb & 0xFF;
        return r > 90 && r > g + 50 && r > b + 60;
    }

    private static boolean inside(WorldRect w, double[] d) {
        return between(d[0], w.x0(), w.x1()) && between(d[1], w.y0(), w.y1());
    }

    private static boolean between(double v, double a, double b) {
        return v >= Math.min(a, b) && v <= Math.max(a, b);
    }

    /** World to image pixels from the WorldRect contract: (x0, y0) is the top-left, or bottom-left if flipY. */
    static double[] pixel(Level level, double[] world) {
        WorldRect w = level.world();
        double fx = (world[0] - w.x0()) / (w.x1() - w.x0());
        double fy = (world[1] - w.y0()) / (w.y1() - w.y0());
        return new double[]{fx * level.width(), (w.flipY() ? 1 - fy : fy) * level.height()};
    }

    private static List<double[]> deathsOf(String levelId) {
        return SharedDemo.scan().deaths.entrySet().stream().filter(e -> e.getKey().startsWith(levelId + "@"))
                .flatMap(e -> e.getValue().stream()).toList();
    }

    private static List<Level> levels() {
        Path file = SharedDemo.summary().levelsFile();
        return LevelsFile.read(file);
    }
}
