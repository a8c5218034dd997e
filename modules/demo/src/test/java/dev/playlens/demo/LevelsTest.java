package dev.playlens.demo;

import dev.playlens.core.level.Level;
import dev.playlens.core.level.LevelsFile;
import dev.playlens.demo.level.DeathSampler;
import dev.playlens.demo.level.DeathZone;
import dev.playlens.demo.level.DemoLevels;
import dev.playlens.demo.level.LevelDesign;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

class LevelsTest {

    @Test
    void levelsFileListsThreeDrawnLevelsWithDistinctRealisticCalibrations() throws IOException {
        Path file = SharedDemo.summary().levelsFile();
        List<Level> levels = LevelsFile.read(file);
        assertThat(levels).isEqualTo(SharedDemo.summary().levels());
        assertThat(levels).extracting(Level::id).containsExactly("sunken_harbor", "ember_caverns", "frostfang_keep");
        assertThat(levels).extracting(Level::world).doesNotHaveDuplicates();
        assertThat(levels).anyMatch(l -> l.world().flipY()).anyMatch(l -> !l.world().flipY());
        for (Level l : levels) {
            assertThat(Math.abs(l.world().width())).as("world units are not pixels in %s", l.id())
                    .isNotEqualTo(l.width());
            BufferedImage img = ImageIO.read(file.resolveSibling(l.image()).toFile());
            assertThat(img.getWidth()).isEqualTo(1024).isEqualTo(l.width());
            assertThat(img.getHeight()).isEqualTo(1024).isEqualTo(l.height());
            assertThat(distinctColours(img)).as("colours in %s", l.image()).isGreaterThan(5_000);
        }
        assertThat(file.resolveSibling("levels/ember_caverns_v1.0.png")).isRegularFile();
        assertThat(Files.mismatch(file.resolveSibling("levels/ember_caverns_v1.0.png"),
                file.resolveSibling("levels/ember_caverns.png"))).isNotEqualTo(-1L);
    }

    /** Each death blob mostly lands where it is meant to (on its hazard, or on walkable ground). */
    @Test
    void everyDeathZoneIsMostlyOnItsHazardOrOnFloor() {
        for (String version : DemoLevels.VERSIONS) {
            for (LevelDesign d : DemoLevels.designs(version)) {
                DeathSampler sampler = new DeathSampler(d);
                for (int z = 0; z < d.deathZones().size(); z++) {
                    DeathZone zone = d.deathZones().get(z);
                    assertThat(sampler.acceptance(z, new SplittableRandom(z), 2_000))
                            .as("%s %s zone %s", d.id(), version, zone.name()).isGreaterThan(0.25);
                }
                assertThat(sampler.isWalkable(d.spawn().getX(), d.spawn().getY())).as(d.id() + " spawn").isTrue();
                assertThat(sampler.isWalkable(d.goal().getX(), d.goal().getY())).as(d.id() + " goal").isTrue();
            }
        }
    }

    @Test
    void sampledDeathsStayOnFloorOrHazardsApartFromRareFallsThroughTheWorld() {
        for (LevelDesign d : DemoLevels.designs("1.1")) {
            DeathSampler sampler = new DeathSampler(d);
            SplittableRandom rnd = new SplittableRandom(1);
            double[] p = new double[2];
            int outside = 0;
            int offFloor = 0;
            int n = 20_000;
            for (int i = 0; i < n; i++) {
                sampler.sample(rnd, p);
                if (p[1] >= LevelDesign.SIZE) outside++;
                else if (!sampler.isWalkable(p[0], p[1]) && sampler.hazardAt(p[0], p[1]) == 0) offFloor++;
            }
            assertThat(offFloor).as(d.id()).isZero();
            assertThat(outside).as(d.id()).isBetween(5, 100);
        }
    }

    private static int distinctColours(BufferedImage img) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 2) {
            for (int x = 0; x < img.getWidth(); x += 2) colours.add(img.getRGB(x, y));
        }
        return colours.size();
    }
}
