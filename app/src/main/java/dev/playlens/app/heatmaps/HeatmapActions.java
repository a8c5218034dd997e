package dev.playlens.app.heatmaps;

import dev.playlens.core.job.JobExecutor;
import javafx.application.Platform;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The Heatmaps screen's one-off actions, each a job: export PNG / CSV, import a level image, save or reset a
 * level's calibration. Results and errors land in the screen's status line.
 */
public final class HeatmapActions {
    private final HeatmapsModel model;
    private final HeatmapsController controller;
    private final LevelStore store;
    private final JobExecutor executor;
    private final HeatmapExporter exporter;

    public HeatmapActions(HeatmapsModel model, HeatmapsController controller, LevelStore store, JobExecutor executor) {
        this.model = model;
        this.controller = controller;
        this.store = store;
        this.executor = executor;
        this.exporter = new HeatmapExporter(controller.renderer());
    }

    /** Writes the shown map as a PNG figure (with title and legend), or its bins as CSV when the name ends in .csv. */
    public void export(Path file) {
        HeatmapFrame frame = model.frame.get();
        if (frame == null) {
            model.status.set("Nothing to export yet: wait for the heatmap.");
            return;
        }
        boolean csv = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
        run("Export " + file.getFileName(), () -> {
            if (csv) exporter.csv(frame, file);
            else exporter.png(frame, file);
            return null;
        }, ignored -> model.status.set("Exported " + file));
    }

    /** Copies a level image into the workspace, adds it as a level and shows it, ready to calibrate. */
    public void importLevel(Path image) {
        run("Add level " + image.getFileName(), () -> {
            BufferedImage img = ImageIO.read(image.toFile());
            if (img == null) throw new IllegalArgumentException(image.getFileName() + " is not an image (PNG, JPEG, GIF, BMP)");
            return store.importImage(image, img.getWidth(), img.getHeight());
        }, level -> {
            model.status.set("Added level " + level.name() + " (its world is its pixel rectangle until you calibrate it)");
            controller.reloadLevels(level.id());
        });
    }

    /** Starts editing the chosen level's calibration. */
    public void startCalibrating() {
        LevelMap level = model.level.get();
        if (level == null) return;
        model.calibration.load(level);
        model.calibrating.set(true);
    }

    public void stopCalibrating() {
        model.calibrating.set(false);
    }

    /** Checks the fields and shows the fit's residuals, without saving. */
    public boolean check() {
        try {
            SavedCalibration c = model.calibration.toCalibration();
            model.calibration.message.set(describe(c));
            return true;
        } catch (IllegalArgumentException e) {
            model.calibration.message.set(e.getMessage());
            return false;
        }
    }

    /** Saves the edited calibration for the chosen level (calibrations.json) and redraws with it. */
    public void save() {
        LevelMap level = model.level.get();
        if (level == null || !check()) return;
        SavedCalibration c = model.calibration.toCalibration();
        run("Save calibration of " + level.name(), () -> {
            store.saveCalibration(level.id(), c);
            return level.id();
        }, id -> {
            model.status.set("Saved the calibration of " + level.name());
            controller.reloadLevels(id);
        });
    }

    /** Forgets the saved calibration: the levels file's rectangle applies again. */
    public void reset() {
        LevelMap level = model.level.get();
        if (level == null) return;
        run("Reset calibration of " + level.name(), () -> {
            store.clearCalibration(level.id());
            return level.id();
        }, id -> {
            model.status.set("The levels file's calibration applies again to " + level.name());
            controller.reloadLevels(id);
        });
    }

    static String describe(SavedCalibration c) {
        if (!c.usesPoints()) return "World rectangle: fine.";
        var fit = dev.playlens.heatmap.calibration.CalibrationFit.fit(c.points());
        return String.format(Locale.ROOT, "Fit: residual %.2f px rms, %.2f px max", fit.rms(), fit.max());
    }

    private interface Work<T> {
        T run() throws Exception;
    }

    private <T> void run(String name, Work<T> work, java.util.function.Consumer<T> done) {
        executor.submit(name, ctx -> work.run()).result().whenComplete((value, error) -> Platform.runLater(() -> {
            if (error == null) done.accept(value);
            else {
                Throwable t = error instanceof java.util.concurrent.CompletionException && error.getCause() != null
                        ? error.getCause() : error;
                model.status.set(name + " failed: " + t.getMessage());
            }
        }));
    }
}
