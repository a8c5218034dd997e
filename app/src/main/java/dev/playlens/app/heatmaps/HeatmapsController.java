package dev.playlens.app.heatmaps;

import dev.playlens.app.services.HeatmapService;
import dev.playlens.app.services.HeatmapService.HeatmapChoices;
import dev.playlens.app.services.HeatmapService.HeatmapRequest;
import dev.playlens.app.services.HeatmapService.RenderedHeatmap;
import dev.playlens.core.job.JobCancelledException;
import dev.playlens.core.job.JobExecutor;
import dev.playlens.core.job.JobHandle;
import dev.playlens.core.level.Level;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.util.Duration;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Drives the Heatmaps screen: loads the levels, fetches the filter choices of the chosen level and renders
 * the heatmap as a job. Control changes are debounced and latest-wins: a new render cancels the stale one
 * and a stale result is never shown.
 */
public final class HeatmapsController {
    private static final Duration DEBOUNCE = Duration.millis(180);

    private final HeatmapsModel model;
    private final HeatmapService service;
    private final JobExecutor executor;
    private final Supplier<List<Level>> levelSource;
    private final PauseTransition debounce = new PauseTransition(DEBOUNCE);
    private final InvalidationListener renderTrigger = o -> requestRender();
    private JobHandle<RenderedHeatmap> latestRender;
    private JobHandle<HeatmapChoices> latestChoices;
    private boolean active;

    public HeatmapsController(HeatmapsModel model, HeatmapService service, JobExecutor executor,
                              Supplier<List<Level>> levelSource) {
        this.model = model;
        this.service = service;
        this.executor = executor;
        this.levelSource = levelSource;
        debounce.setOnFinished(e -> renderNow());
        model.colorMaps.setAll(service.colorMaps());
        if (!model.colorMaps.isEmpty()) model.colorMap.set(model.colorMaps.getFirst());
        model.level.addListener((o, was, now) -> levelChanged(now));
        model.eventType.addListener(renderTrigger);
        model.version.addListener(renderTrigger);
        model.colorMap.addListener(renderTrigger);
        model.binSize.addListener(renderTrigger);
        model.opacity.addListener(renderTrigger);
    }

    /** The screen became visible: load levels on first use, (re)render what is selected. */
    public void activate() {
        active = true;
        if (model.levels.isEmpty()) {
            List<Level> levels = levelSource.get();
            model.levels.setAll(levels);
            if (levels.isEmpty()) {
                model.status.set("This workspace has no levels yet: add a levels file (levels.json) to see heatmaps.");
                return;
            }
        }
        if (model.level.get() == null) model.level.set(model.levels.getFirst());
        else requestRender();
    }

    /** Hidden: stop work and release the big image. */
    public void deactivate() {
        active = false;
        debounce.stop();
        cancel(latestRender);
        cancel(latestChoices);
        model.image.set(null);
        model.busy.set(false);
    }

    private void levelChanged(Level level) {
        if (level == null) return;
        double w = Math.abs(level.world().width());
        model.binSizeMin.set(niceStep(w / 512));
        model.binSizeMax.set(niceStep(w / 16));
        model.binSize.set(niceStep(w / 80));
        model.image.set(null);
        loadChoices(level);
    }

    private void loadChoices(Level level) {
        cancel(latestChoices);
        JobHandle<HeatmapChoices> handle = executor.submit("Heatmap filters for " + level.name(),
                ctx -> service.choices(level, ctx));
        latestChoices = handle;
        handle.result().whenComplete((choices, error) -> Platform.runLater(() -> {
            if (handle != latestChoices) return;
            if (error == null) applyChoices(choices);
            else if (!isCancel(error)) model.status.set("Cannot read filters: " + message(error));
            requestRender();
        }));
    }

    private void applyChoices(HeatmapChoices choices) {
        String type = model.eventType.get();
        model.eventTypes.setAll(choices.eventTypes());
        if (!choices.eventTypes().contains(type) && !choices.eventTypes().isEmpty()) {
            model.eventType.set(choices.eventTypes().contains("player_death") ? "player_death" : choices.eventTypes().getFirst());
        }
        List<String> versions = new ArrayList<>();
        versions.add(HeatmapsModel.ALL_VERSIONS);
        versions.addAll(choices.versions());
        String version = model.version.get();
        model.versions.setAll(versions);
        model.version.set(versions.contains(version) ? version : HeatmapsModel.ALL_VERSIONS);
    }

    /** Debounced: a burst of slider moves causes one render, after the user pauses. */
    public void requestRender() {
        if (!active || model.level.get() == null) return;
        debounce.playFromStart();
    }

    private void renderNow() {
        Level level = model.level.get();
        if (!active || level == null) return;
        cancel(latestRender);
        String version = HeatmapsModel.ALL_VERSIONS.equals(model.version.get()) ? null : model.version.get();
        HeatmapRequest request = new HeatmapRequest(level, model.eventType.get(), version,
                model.binSize.get(), model.colorMap.get(), model.opacity.get());
        JobHandle<RenderedHeatmap> handle = executor.submit("Heatmap of " + level.name(),
                ctx -> service.render(request, ctx));
        latestRender = handle;
        model.busy.set(true);
        model.status.set("Binning " + request.eventType() + " on " + level.name() + "…");
        handle.result().whenComplete((rendered, error) -> Platform.runLater(() -> {
            if (handle != latestRender) return; // a newer render owns the screen
            model.busy.set(false);
            if (error != null) {
                if (!isCancel(error)) model.status.set("Heatmap failed: " + message(error));
                return;
            }
            show(request, rendered);
        }));
    }

    private void show(HeatmapRequest request, RenderedHeatmap rendered) {
        if (!active) return;
        WritableImage img = new WritableImage(rendered.width(), rendered.height());
        img.getPixelWriter().setPixels(0, 0, rendered.width(), rendered.height(),
                PixelFormat.getIntArgbInstance(), rendered.argb(), 0, rendered.width());
        model.image.set(img);
        model.events.set(rendered.events());
        model.status.set(String.format(Locale.ROOT, "%,d %s events · %s · bin %s world units",
                rendered.events(), request.eventType(),
                request.version() == null ? "all versions" : "version " + request.version(),
                formatSize(request.binSize())));
        model.renders.set(model.renders.get() + 1);
    }

    /** Cancels everything; the workspace is closing. */
    public void close() {
        deactivate();
    }

    private static void cancel(JobHandle<?> handle) {
        if (handle != null) handle.cancel();
    }

    private static boolean isCancel(Throwable error) {
        Throwable t = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        return t instanceof JobCancelledException;
    }

    private static String message(Throwable error) {
        Throwable t = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    /** Rounds to 1, 2 or 5 times a power of ten, so bin sizes read well. */
    static double niceStep(double raw) {
        if (!(raw > 0)) return 1;
        double p = Math.pow(10, Math.floor(Math.log10(raw)));
        double m = raw / p;
        return (m < 1.5 ? 1 : m < 3.5 ? 2 : m < 7.5 ? 5 : 10) * p;
    }

    /** Rounds a bin size to 1, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 times a power of ten. */
    static double roundBinSize(double raw) {
        if (!(raw > 0)) return 1;
        double p = Math.pow(10, Math.floor(Math.log10(raw)));
        double best = p;
        for (double m : new double[]{1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10}) {
            if (Math.abs(m * p - raw) < Math.abs(best - raw)) best = m * p;
        }
        return best;
    }

    static String formatSize(double size) {
        return size == Math.rint(size) ? String.valueOf((long) size) : String.format(Locale.ROOT, "%.3g", size);
    }
}
