package dev.playlens.demo;

import dev.playlens.core.level.Level;
import dev.playlens.demo.level.DemoLevels;
import dev.playlens.demo.level.LevelDesign;
import dev.playlens.demo.level.LevelPainter;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * The level images: {@code levels/<id>.png} shows the current (1.1) layout of every level, and the level
 * whose layout changed also gets {@code levels/<id>_v1.0.png}, so a version diff can be shown over the
 * layout each version had.
 */
final class LevelImages {
    static final String FOLDER = "levels";

    private LevelImages() {
    }

    /** The levels as listed in levels.json: the current image and the world calibration. */
    static List<Level> levels() {
        return DemoLevels.designs("1.1").stream().map(d -> new Level(d.id(), d.name(), FOLDER + "/" + d.id() + ".png",
                LevelDesign.SIZE, LevelDesign.SIZE, d.world())).toList();
    }

    /** One task per image, each writing a PNG under {@code root/levels}. */
    static List<Callable<Path>> paintTasks(Path root) {
        LevelPainter painter = new LevelPainter();
        List<Callable<Path>> tasks = new ArrayList<>();
        for (LevelDesign d : DemoLevels.designs("1.1")) {
            tasks.add(() -> paint(painter, d, root.resolve(imagePath(d.id()))));
        }
        for (LevelDesign d : DemoLevels.designs("1.0")) {
            if (d.id().equals(DemoLevels.CHANGED_LEVEL)) {
                tasks.add(() -> paint(painter, d, root.resolve(FOLDER).resolve(d.id() + "_v1.0.png")));
            }
        }
        return tasks;
    }

    static String imagePath(String levelId) {
        return FOLDER + "/" + levelId + ".png";
    }

    private static Path paint(LevelPainter painter, LevelDesign d, Path file) throws IOException {
        Files.createDirectories(file.getParent());
        if (!ImageIO.write(painter.paint(d), "png", file.toFile())) {
            throw new IOException("no PNG writer available for " + file);
        }
        return file;
    }
}
