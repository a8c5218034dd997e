package dev.playlens.app.heatmaps;

import dev.playlens.app.workspace.JsonFileStore;
import dev.playlens.app.workspace.Workspace;
import dev.playlens.core.level.Level;
import dev.playlens.core.level.LevelsFile;
import dev.playlens.core.level.WorldRect;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Heatmaps screen's levels: those of the workspace's levels file, plus images imported from the screen
 * ({@code levels-added.json}, images copied into the workspace's {@code levels/} folder), with the calibrations
 * saved per level in {@code calibrations.json} overriding the levels file's rectangles. Plain file I/O: call it
 * from jobs.
 */
public final class LevelStore {
    static final String ADDED_FILE = "levels-added.json";
    static final String CALIBRATIONS_FILE = "calibrations.json";

    /** calibrations.json: level id → saved calibration. */
    public record Calibrations(Map<String, SavedCalibration> levels) {
        public Calibrations {
            levels = levels == null ? Map.of() : Map.copyOf(levels);
        }
    }

    private final Workspace workspace;
    private final JsonFileStore<Calibrations> calibrations;

    public LevelStore(Workspace workspace) {
        this.workspace = workspace;
        this.calibrations = JsonFileStore.in(workspace, CALIBRATIONS_FILE, Calibrations.class,
                () -> new Calibrations(Map.of()));
    }

    /** Every level with its image and calibration in force; imported levels last. */
    public List<LevelMap> levels() {
        Map<String, SavedCalibration> saved = calibrations.read().levels();
        List<LevelMap> maps = new ArrayList<>();
        Path levelsFile = workspace.levelsFile();
        if (levelsFile != null && Files.isRegularFile(levelsFile)) {
            for (Level l : LevelsFile.read(levelsFile)) maps.add(map(l, levelsFile.getParent(), saved.get(l.id())));
        }
        Path added = addedFile();
        if (Files.isRegularFile(added)) {
            for (Level l : LevelsFile.read(added)) maps.add(map(l, workspace.dir(), saved.get(l.id())));
        }
        return maps;
    }

    private static LevelMap map(Level level, Path imageDir, SavedCalibration calibration) {
        Path image = level.image() == null || level.image().isBlank() ? null : imageDir.resolve(level.image()).normalize();
        Level binned = calibration == null ? level : new Level(level.id(), level.name(), level.image(), level.width(),
                level.height(), calibration.binningWorld(level.width(), level.height()));
        return new LevelMap(binned, image, calibration);
    }

    /** Saves (replaces) a level's calibration; it overrides the levels file from now on. */
    public void saveCalibration(String levelId, SavedCalibration calibration) {
        Map<String, SavedCalibration> all = new LinkedHashMap<>(calibrations.read().levels());
        all.put(levelId, calibration);
        calibrations.write(new Calibrations(all));
    }

    /** Forgets a level's saved calibration: the levels file's rectangle applies again. */
    public void clearCalibration(String levelId) {
        Map<String, SavedCalibration> all = new LinkedHashMap<>(calibrations.read().levels());
        all.remove(levelId);
        calibrations.write(new Calibrations(all));
    }

    /**
     * Copies a level image into the workspace and adds it as a level whose world is the image's pixel rectangle
     * (calibrate it afterwards). The id is the file name without extension, made unique.
     */
    public Level importImage(Path image, int width, int height) {
        String base = image.getFileName().toString().replaceFirst("\\.[^.]+$", "");
        String id = base.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]+", "_");
        List<String> taken = levels().stream().map(LevelMap::id).toList();
        String unique = id;
        for (int n = 2; taken.contains(unique); n++) unique = id + "_" + n;
        String relative = "levels/" + unique + image.getFileName().toString().replaceFirst("^[^.]*", "");
        try {
            Files.createDirectories(workspace.dir().resolve("levels"));
            Files.copy(image, workspace.dir().resolve(relative), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy level image " + image + ": " + e.getMessage(), e);
        }
        Level level = new Level(unique, base, relative, width, height, new WorldRect(0, 0, width, height, false));
        List<Level> added = new ArrayList<>(Files.isRegularFile(addedFile()) ? LevelsFile.read(addedFile()) : List.of());
        added.add(level);
        LevelsFile.write(addedFile(), added);
        return level;
    }

    /** The workspace folder, where the screen keeps its own files. */
    Path workspaceDir() {
        return workspace.dir();
    }

    Path addedFile() {
        return workspace.dir().resolve(ADDED_FILE);
    }

    Path calibrationsFile() {
        return calibrations.file();
    }
}
