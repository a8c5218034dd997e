package dev.playlens.app.heatmaps;

import dev.playlens.app.workspace.JsonFileStore;
import dev.playlens.core.job.JobExecutor;
import javafx.animation.PauseTransition;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.util.Duration;

import java.util.List;

/**
 * Keeps the Heatmaps screen's controls in the workspace's {@code heatmaps.json}: restores them when the screen
 * is built and writes them (as a job, a moment after the last change) whenever one changes.
 */
final class ControlsMemory {
    private static final Duration QUIET = Duration.seconds(1);

    private final HeatmapsModel model;
    private final JsonFileStore<SavedControls> store;
    private final JobExecutor executor;
    private final Debouncer save;
    private SavedControls saved = SavedControls.none();
    private SavedControls written;
    private boolean sizeRestored;

    ControlsMemory(HeatmapsModel model, JsonFileStore<SavedControls> store, JobExecutor executor) {
        this.model = model;
        this.store = store;
        this.executor = executor;
        this.save = new Debouncer(ControlsMemory::pause, this::write);
    }

    /**
     * Reads the file (a few hundred bytes, in place like the levels files) and sets the controls; returns the
     * saved level id for the first level selection, or null.
     */
    String restore() {
        try {
            saved = store.read();
            written = saved;
        } catch (RuntimeException e) {
            model.status.set("Cannot read the saved heatmap settings: " + e.getMessage());
        }
        saved.applyTo(model);
        // registered after the controller's listener: the saved size replaces the new level's default size
        model.level.addListener((o, was, now) -> {
            if (!sizeRestored && now != null && now.id().equals(saved.level()) && saved.binSize() != null) {
                model.binSize.set(saved.binSize());
            }
            if (now != null) sizeRestored = true;
        });
        InvalidationListener changed = o -> save.request();
        for (Observable o : List.of(model.level, model.eventType, model.versionsA, model.versionsB, model.mode,
                model.normalization, model.shape, model.binSize, model.reduce, model.smoothing, model.colorMap,
                model.scale, model.opacity)) {
            o.addListener(changed);
        }
        return saved.level();
    }

    private void write() {
        if (model.level.get() == null) return; // nothing chosen yet (or the levels are reloading)
        SavedControls now = SavedControls.of(model);
        if (now.equals(written)) return;
        written = now;
        executor.submit("Save heatmap settings", ctx -> {
            store.write(now);
            return null;
        });
    }

    /** Writes what is pending now (the workspace is closing). */
    void flush() {
        if (save.isPending()) {
            save.cancel();
            write();
        }
    }

    private static Runnable pause(Runnable action) {
        PauseTransition pause = new PauseTransition(QUIET);
        pause.setOnFinished(e -> action.run());
        pause.play();
        return pause::stop;
    }
}
