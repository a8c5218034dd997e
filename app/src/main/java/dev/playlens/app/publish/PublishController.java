package dev.playlens.app.publish;

import dev.playlens.app.workspace.JsonFileStore;
import dev.playlens.core.job.JobCancelledException;
import dev.playlens.core.job.JobExecutor;
import dev.playlens.core.job.JobHandle;
import dev.playlens.core.job.JobListener;
import dev.playlens.core.job.Progress;
import dev.playlens.publish.PublishResult;
import javafx.application.Platform;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;

/**
 * Runs the publish as a job with progress and cancel, keeps the screen's choices in {@code publish.json}, reads
 * the history and each target's current version after every change, and rolls the cache back on request.
 */
public final class PublishController {
    private final PublishModel model;
    private final PublishBackend backend;
    private final JobExecutor executor;
    private final JsonFileStore<PublishSettings> store;
    private JobHandle<PublishResult> running;
    private long refreshToken;
    private String describedFor;

    public PublishController(PublishModel model, PublishBackend backend, JobExecutor executor,
                             JsonFileStore<PublishSettings> store) {
        this.model = model;
        this.backend = backend;
        this.executor = executor;
        this.store = store;
        new PublishSettingsBinding(model, store).load();
        model.model.addListener((o, was, now) -> modelPicked());
        model.version.addListener((o, was, now) -> describe());
    }

    /** The versions of the picked model (its newest unless the picked version is among them), then the targets. */
    private void modelPicked() {
        String now = model.model.get();
        model.versions.setAll(now == null ? List.of() : model.registry.getOrDefault(now, List.of()));
        if (!model.versions.contains(model.version.get())) {
            model.version.set(model.versions.isEmpty() ? null : model.versions.getLast());
        }
        refresh();
    }

    /** Shows what the picked version is and, when no data is chosen yet, offers the data it was trained on. */
    private void describe() {
        String name = model.model.get();
        Integer version = model.version.get();
        model.modelSummary.set("");
        describedFor = name + ":" + version;
        if (name == null || version == null) return;
        submit("Publish: read " + name + " v" + version, ctx -> backend.describe(name, version), choice -> {
            if (!name.equals(model.model.get()) || !version.equals(model.version.get())) return;
            model.modelSummary.set(choice.summary());
            if (choice.dataKind() != null && (model.data.get() == null || model.data.get().isBlank())) {
                model.dataKind.set(choice.dataKind());
                model.data.set(choice.data());
            }
        });
    }

    /** Reads the registry's models, then the history and the targets' state. */
    public void loadModels() {
        submit("Publish: read the model registry", ctx -> backend.models(), models -> {
            String wanted = model.model.get();
            Integer wantedVersion = model.version.get();
            model.registry.clear();
            model.registry.putAll(models);
            model.modelNames.setAll(models.keySet());
            String pick = models.containsKey(wanted) ? wanted : models.keySet().stream().findFirst().orElse(null);
            if (java.util.Objects.equals(pick, model.model.get())) modelPicked(); // same name, maybe new versions
            else model.model.set(pick);
            if (wantedVersion != null && model.versions.contains(wantedVersion)) model.version.set(wantedVersion);
            if (!(model.model.get() + ":" + model.version.get()).equals(describedFor)) describe();
            if (models.isEmpty()) {
                model.status.set("No models in this workspace's registry (models/) yet: train one first (Models screen,"
                        + " or playlens train … --registry WORKSPACE/models).");
            }
        });
    }

    public void refresh() {
        long token = ++refreshToken;
        String name = model.model.get();
        List<String> targets = model.targets.stream().map(PublishModel.TargetItem::to).toList();
        submit("Publish: read history and targets", ctx -> new Snapshot(backend.history(),
                name == null ? List.of() : backend.states(name, targets)), s -> {
            if (token != refreshToken) return; // a newer refresh is on its way
            model.history.setAll(s.history());
            model.states.setAll(s.states());
            model.refreshes.set(model.refreshes.get() + 1);
        });
    }

    private record Snapshot(List<HistoryRow> history, List<TargetState> states) {
    }

    public void publish() {
        if (model.running.get()) return;
        List<String> targets = model.targets.stream().filter(t -> t.selected.get()).map(PublishModel.TargetItem::to).toList();
        String problem = model.model.get() == null || model.version.get() == null ? "Pick a model and a version."
                : targets.isEmpty() ? "Tick at least one target." : null;
        if (problem != null) {
            model.status.set(problem);
            return;
        }
        save();
        PublishRequest request = new PublishRequest(model.model.get(), model.version.get(), model.dataKind.get(),
                model.data.get(), model.idColumn.get(), targets, Duration.ofHours(Math.max(1, model.ttlHours.get())));
        String what = request.model() + " v" + request.version();
        JobHandle<PublishResult> handle = executor.submit("Publish " + what, backend.publish(request));
        running = handle;
        model.running.set(true);
        model.progress.set(-1);
        model.status.set("Publishing " + what + "…");
        handle.addListener(new JobListener() {
            @Override
            public void progressed(JobHandle<?> job, Progress p) {
                Platform.runLater(() -> {
                    if (running != handle) return;
                    model.progress.set(p.fraction());
                    model.status.set("Publishing " + what + ": " + p.message());
                });
            }
        });
        handle.result().whenComplete((result, error) -> Platform.runLater(() -> published(handle, what, result, error)));
    }

    private void published(JobHandle<PublishResult> handle, String what, PublishResult result, Throwable error) {
        if (handle != running) return;
        running = null;
        model.running.set(false);
        model.progress.set(0);
        if (error == null) {
            model.status.set(String.format(Locale.ROOT, "Published %s: %,d users to %d target%s.", what, result.rows(),
                    result.targets().size(), result.targets().size() == 1 ? "" : "s"));
        } else {
            Throwable t = unwrap(error);
            model.status.set(t instanceof JobCancelledException
                    ? "Publish of " + what + " cancelled; every target keeps its previous version."
                    : "Publish of " + what + " failed: " + t.getMessage());
        }
        refresh();
    }

    public void cancel() {
        if (running != null) running.cancel();
    }

    /** Points the cache's {@code current} at the version the target's row offers (usually back to the previous one). */
    public void rollback(TargetState state) {
        if (!state.cache() || state.switchTo() == null || model.model.get() == null) return;
        String name = model.model.get();
        int version = state.switchTo();
        model.status.set("Switching " + name + " to v" + version + " in " + state.target() + "…");
        submit("Switch " + name + " to v" + version + " in the cache", backend.rollback(state.target(), name, version), ignored -> {
            model.status.set("Readers of " + state.target() + " now get " + name + " v" + version + ".");
            refresh();
        });
    }

    public void addTarget() {
        String to = model.newTarget.get() == null ? "" : model.newTarget.get().strip();
        if (to.isEmpty()) return;
        if (model.targets.stream().noneMatch(t -> t.to.equals(to))) model.targets.add(new PublishModel.TargetItem(to, true));
        model.newTarget.set("");
        save();
        refresh();
    }

    public void removeTarget(PublishModel.TargetItem item) {
        if (item == null) return;
        model.targets.remove(item);
        save();
        refresh();
    }

    public void save() {
        try {
            new PublishSettingsBinding(model, store).save();
        } catch (RuntimeException e) {
            model.status.set("Cannot save the publish settings: " + e.getMessage());
        }
    }

    private <T> void submit(String name, dev.playlens.core.job.Job<T> job, Consumer<T> onResult) {
        executor.submit(name, job).result().whenComplete((value, error) -> Platform.runLater(() -> {
            if (error == null) onResult.accept(value);
            else model.status.set(name + " failed: " + unwrap(error).getMessage());
        }));
    }

    private static Throwable unwrap(Throwable error) {
        return error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    }
}
