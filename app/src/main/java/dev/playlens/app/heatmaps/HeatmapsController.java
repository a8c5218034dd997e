package dev.playlens.app.heatmaps;

import dev.playlens.app.services.HeatmapService;
import dev.playlens.core.job.JobExecutor;
import dev.playlens.heatmap.LevelFacets;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.util.Duration;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Drives the Heatmaps screen: loads the levels and the chosen level's filter choices, and renders the visible
 * part of the level as a job. Control, zoom and pan changes are debounced and latest-wins: a new render cancels
 * the stale one (and its warehouse statement) and a stale result is never shown.
 */
public final class HeatmapsController {
    private static final Duration DEBOUNCE = Duration.millis(180);

    private final HeatmapsModel model;
    private final LevelStore store;
    private final HeatmapService service;
    private final FrameRenderer renderer;
    private final LatestWins<HeatmapFrame> renders;
    private final LatestWins<LevelFacets> facets;
    private final LatestWins<List<LevelMap>> levelLoads;
    private final Debouncer debounce;
    private boolean active;
    private FrameRenderer.Request lastRequest;
    /** False while the chosen level's event types and versions load: rendering before would be wasted. */
    private boolean choicesReady;
    /** The level to select first (the one shown last time), or null for the first level. */
    private String preferredLevel;

    public HeatmapsController(HeatmapsModel model, HeatmapService service, JobExecutor executor, LevelStore store) {
        this.model = model;
        this.store = store;
        this.service = service;
        this.renderer = new FrameRenderer(service);
        this.renders = new LatestWins<>(executor, Platform::runLater);
        this.facets = new LatestWins<>(executor, Platform::runLater);
        this.levelLoads = new LatestWins<>(executor, Platform::runLater);
        this.debounce = new Debouncer(HeatmapsController::pause, this::renderNow);
        model.level.addListener((o, was, now) -> levelChanged(was, now));
        InvalidationListener trigger = o -> requestRender();
        for (Observable o : List.of(model.eventType, model.versionsA, model.versionsB, model.from, model.to, model.shape,
                model.binSize, model.reduce, model.smoothing, model.normalization, model.colorMap, model.scale, model.opacity, model.mode,
                model.view, model.canvasWidth, model.canvasHeight)) {
            o.addListener(trigger);
        }
    }

    private static Runnable pause(Runnable action) {
        PauseTransition pause = new PauseTransition(DEBOUNCE);
        pause.setOnFinished(e -> action.run());
        pause.play();
        return pause::stop;
    }

    void preferLevel(String levelId) {
        preferredLevel = levelId;
    }

    FrameRenderer renderer() {
        return renderer;
    }

    /** The screen became visible: load levels on first use, (re)render what is selected. */
    public void activate() {
        active = true;
        if (model.levels.isEmpty()) {
            // The first read is two small JSON files, done in place so the screen (and --screenshot) knows at once
            // whether there is anything to show; later reloads run as jobs.
            try {
                applyLevels(store.levels(), null);
            } catch (RuntimeException e) {
                model.status.set("Cannot read the levels: " + e.getMessage());
            }
        } else if (!choicesReady && model.level.get() != null) {
            loadChoices(model.level.get()); // hidden before they arrived: their job was cancelled
        } else {
            requestRender();
        }
    }

    /** Hidden: stop work and release the big images. */
    public void deactivate() {
        active = false;
        debounce.cancel();
        renders.cancel();
        facets.cancel();
        model.panelImages.clear();
        model.frame.set(null);
        model.busy.set(false);
        lastRequest = null;
    }

    /** Re-reads the levels (after a calibration was saved or an image imported) and selects {@code selectId}. */
    void reloadLevels(String selectId) {
        levelLoads.submit("Levels of the workspace", ctx -> store.levels(), levels -> applyLevels(levels, selectId),
                error -> model.status.set("Cannot read the levels: " + error.getMessage()));
    }

    private void applyLevels(List<LevelMap> levels, String selectId) {
        String keep = selectId != null ? selectId : model.level.get() == null ? preferredLevel : model.level.get().id();
        model.levels.setAll(levels);
        if (levels.isEmpty()) {
            model.status.set("This workspace has no levels yet: drop a level image here, or use Add level….");
            return;
        }
        model.level.set(levels.stream().filter(l -> l.id().equals(keep)).findFirst().orElse(levels.getFirst()));
    }

    private void levelChanged(LevelMap was, LevelMap level) {
        if (level == null) return;
        boolean sameLevel = was != null && was.id().equals(level.id());
        double w = Math.abs(level.level().world().width());
        model.binSizeMin.set(HeatmapRequests.niceStep(w / 1024));
        model.binSizeMax.set(HeatmapRequests.niceStep(w / 16));
        if (!sameLevel) {
            model.binSize.set(HeatmapRequests.niceStep(w / 80));
            model.view.set(ViewState.whole(level.level().width(), level.level().height()));
            model.panelImages.clear();
            model.frame.set(null);
            choicesReady = false;
            loadChoices(level);
        } else {
            requestRender();
        }
        if (model.calibrating.get() && !sameLevel) model.calibration.load(level);
    }

    private void loadChoices(LevelMap level) {
        facets.submit("Heatmap filters for " + level.name(), ctx -> service.facets(level.id(), ctx),
                this::applyChoices, error -> {
                    choicesReady = true; // draw with the defaults rather than nothing
                    model.status.set("Cannot read filters: " + error.getMessage());
                    requestRender();
                });
    }

    private void applyChoices(LevelFacets choices) {
        choicesReady = true;
        String type = model.eventType.get();
        model.eventTypes.setAll(choices.eventTypes());
        if (!choices.eventTypes().contains(type) && !choices.eventTypes().isEmpty()) {
            model.eventType.set(choices.eventTypes().contains("player_death") ? "player_death" : choices.eventTypes().getFirst());
        }
        List<String> versions = choices.appVersions();
        model.versions.setAll(versions);
        // keep what is still there; a B whose versions all vanished shows the newest version instead
        List<String> a = available(model.versionsA.get(), versions), b = available(model.versionsB.get(), versions);
        model.versionsA.set(a);
        model.versionsB.set(b.isEmpty() && !model.versionsB.get().isEmpty() && !versions.isEmpty()
                ? List.of(versions.getLast()) : b);
        requestRender();
    }

    private static List<String> available(List<String> picked, List<String> versions) {
        return picked.stream().filter(versions::contains).toList();
    }

    /** Debounced: a burst of slider moves or wheel ticks causes one render, after the user pauses. */
    public void requestRender() {
        if (!active || model.level.get() == null || model.view.get() == null) return;
        debounce.request();
    }

    HeatmapSettings settings() {
        // version B only matters when comparing; leaving it out keeps one-map requests equal (no re-render)
        List<String> versionsB = model.mode.get() == CompareMode.OFF ? List.of() : model.versionsB.get();
        return new HeatmapSettings(model.eventType.get(), model.versionsA.get(), versionsB,
                model.from.get(), model.to.get(), model.shape.get(), model.binSize.get(), model.reduce.get(),
                model.smoothing.get(), model.normalization.get(), model.colorMap.get(), model.scale.get(),
                model.opacity.get(), model.mode.get());
    }

    private void renderNow() {
        LevelMap level = model.level.get();
        if (!active || !choicesReady || level == null || model.eventType.get() == null || model.canvasWidth.get() < 16
                || model.canvasHeight.get() < 16) {
            return;
        }
        FrameRenderer.Request request = new FrameRenderer.Request(level, settings(), model.view.get(),
                model.canvasWidth.get(), model.canvasHeight.get());
        // layout passes and re-selected values often ask again for what is already shown or running
        if (request.equals(lastRequest) && (renders.isRunning() || model.frame.get() != null)) return;
        lastRequest = request;
        model.busy.set(true);
        model.status.set("Binning " + request.settings().eventType() + " on " + level.name() + "…");
        renders.submit("Heatmap of " + level.name(), ctx -> renderer.render(request, ctx), this::show, error -> {
            lastRequest = null;
            model.busy.set(false);
            model.status.set("Heatmap failed: " + error.getMessage());
        });
    }

    private void show(HeatmapFrame frame) {
        model.busy.set(false);
        if (!active) return;
        List<Image> images = new ArrayList<>();
        for (HeatmapFrame.Panel p : frame.panels()) images.add(image(p.argb(), frame.window().width(), frame.window().height()));
        model.frame.set(frame);
        model.panelImages.setAll(images);
        model.events.set(frame.events());
        model.status.set(FrameStatus.of(frame));
        model.renders.set(model.renders.get() + 1);
    }

    private static Image image(int[] argb, int width, int height) {
        WritableImage img = new WritableImage(width, height);
        img.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
        return img;
    }

    /** Zooms by {@code factor} around panel point (px, py) of a panel of the given size. */
    public void zoom(double factor, double px, double py, double panelWidth, double panelHeight) {
        int[] size = imageSize();
        ViewState v = model.view.get();
        if (size == null || v == null) return;
        model.view.set(v.zoomedAt(factor, px, py, size[0], size[1], panelWidth, panelHeight));
    }

    public void pan(double dx, double dy, double panelWidth, double panelHeight) {
        int[] size = imageSize();
        ViewState v = model.view.get();
        if (size == null || v == null) return;
        model.view.set(v.panned(dx, dy, size[0], size[1], panelWidth, panelHeight));
    }

    public void resetView() {
        int[] size = imageSize();
        if (size != null) model.view.set(ViewState.whole(size[0], size[1]));
    }

    /** The level image's real size once a frame was drawn (the levels file's size until then). */
    private int[] imageSize() {
        HeatmapFrame f = model.frame.get();
        LevelMap level = model.level.get();
        if (level == null) return null;
        if (f != null && f.level().id().equals(level.id())) return new int[]{f.imageWidth(), f.imageHeight()};
        return new int[]{level.level().width(), level.level().height()};
    }

    /** Updates the read-out for the cursor at image point (ix, iy); NaN clears it. */
    public void hover(double ix, double iy) {
        HeatmapFrame f = model.frame.get();
        if (f == null || Double.isNaN(ix) || ix < 0 || iy < 0 || ix >= f.imageWidth() || iy >= f.imageHeight()) {
            model.hover.set("");
            return;
        }
        double[] w = f.world(ix, iy);
        model.hover.set(HoverReadout.text(f, w[0], w[1]));
    }

    /** Cancels everything; the workspace is closing. */
    public void close() {
        deactivate();
        levelLoads.cancel();
    }

    static String formatSize(double size) {
        return size == Math.rint(size) ? String.valueOf((long) size) : String.format(Locale.ROOT, "%.3g", size);
    }
}
