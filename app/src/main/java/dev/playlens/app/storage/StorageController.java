package dev.playlens.app.storage;

import dev.playlens.app.workspace.JsonFileStore;
import dev.playlens.core.job.JobExecutor;
import dev.playlens.core.job.JobHandle;
import dev.playlens.storage.ObjectInfo;
import dev.playlens.storage.StagedUploads.PendingUpload;
import dev.playlens.storage.transfer.AbandonedUploads;
import javafx.application.Platform;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The Storage screen's actions beyond browsing: saved locations (kept in storage.json), copying dragged objects
 * and folders to another location through the queue, handing a folder to the warehouse load, and listing and
 * cleaning abandoned multipart uploads.
 */
public final class StorageController {
    private final StorageModel model;
    private final BrowserController browser;
    private final TransferQueue queue;
    private final StoreConnector connector;
    private final JsonFileStore<StorageSettings> settingsFile;
    private final JobExecutor executor;
    private final Consumer<String> loadIntoWarehouse;

    public StorageController(StorageModel model, BrowserController browser, TransferQueue queue, StoreConnector connector,
                             JsonFileStore<StorageSettings> settingsFile, JobExecutor executor, Consumer<String> loadIntoWarehouse) {
        this.model = model;
        this.browser = browser;
        this.queue = queue;
        this.connector = connector;
        this.settingsFile = settingsFile;
        this.executor = executor;
        this.loadIntoWarehouse = loadIntoWarehouse;
    }

    /** Reads the saved locations; a broken file is reported, not fatal. */
    public void loadLocations() {
        try {
            StorageSettings saved = settingsFile.read();
            model.locations.setAll(saved.locations());
            saved.unfinished().forEach(queue::restore);
        } catch (RuntimeException e) {
            model.error.set(e.getMessage());
        }
        queue.setOnUnfinishedChanged(this::persist);
        if (model.location.get() == null && !model.locations.isEmpty()) browser.open(model.locations.getFirst());
    }

    /** Adds (or replaces, by name) a location, saves, and opens it. */
    public void saveLocation(SavedLocation location) {
        model.locations.stream().filter(l -> l.name().equals(location.name())).toList().forEach(old -> {
            model.locations.remove(old);
            connector.forget(old);
        });
        model.locations.add(location);
        persist();
        browser.open(location);
    }

    public void removeLocation(SavedLocation location) {
        if (!model.locations.remove(location)) return;
        connector.forget(location);
        persist();
        if (location.equals(model.location.get())) {
            model.location.set(null);
            model.entries.clear();
            model.preview.set(null);
            if (!model.locations.isEmpty()) browser.open(model.locations.getFirst());
        }
    }

    private void persist() {
        try {
            settingsFile.write(new StorageSettings(new ArrayList<>(model.locations), queue.unfinished()));
        } catch (RuntimeException e) {
            model.error.set(e.getMessage());
        }
    }

    /**
     * Queues copies of {@code entries} (of the folder being browsed) to the top of {@code target}: each folder is
     * its own copy into a folder of the same name; the picked objects go together in one copy.
     */
    public List<TransferRow> copy(List<ObjectInfo> entries, SavedLocation target) {
        SavedLocation source = model.location.get();
        String folder = model.prefix.get();
        List<TransferRow> rows = new ArrayList<>();
        if (source == null || target == null || entries.isEmpty()) return rows;
        List<String> keys = new ArrayList<>();
        for (ObjectInfo e : entries) {
            if (e.isPrefix()) {
                String name = e.key().substring(folder.length());
                rows.add(queue.add(new TransferSpec(source, source.child(e.key()), List.of(), target, target.child(name))));
            } else {
                keys.add(e.key().substring(folder.length()));
            }
        }
        if (!keys.isEmpty()) rows.add(queue.add(new TransferSpec(source, source.child(folder), keys, target, target.uri())));
        return rows;
    }

    /** Hands the folder (the picked one, else the one being browsed) to the warehouse load. */
    public void loadIntoWarehouse(ObjectInfo picked) {
        SavedLocation location = model.location.get();
        if (location == null) return;
        String prefix = picked != null && picked.isPrefix() ? picked.key() : model.prefix.get();
        loadIntoWarehouse.accept(location.child(prefix));
    }

    /** Lists the uploads under the current folder that were started and never completed nor aborted. */
    public void listAbandoned() {
        runAbandoned(false);
    }

    /** Aborts the abandoned uploads older than the model's minimum age, then lists what is left. */
    public void cleanAbandoned() {
        runAbandoned(true);
    }

    private void runAbandoned(boolean clean) {
        SavedLocation location = model.location.get();
        if (location == null) return;
        String prefix = model.prefix.get();
        String where = location.child(prefix);
        Duration minAge = model.cleanMinAge.get();
        model.abandonedStatus.set((clean ? "Cleaning " : "Looking for abandoned uploads in ") + where + " …");
        record Outcome(List<PendingUpload> aborted, List<PendingUpload> left) {
        }
        JobHandle<Outcome> job = executor.submit((clean ? "Clean" : "List") + " abandoned uploads in " + where, ctx -> {
            var store = connector.browse(location);
            List<PendingUpload> aborted = clean ? AbandonedUploads.clean(store, prefix, minAge) : List.of();
            return new Outcome(aborted, AbandonedUploads.list(store, prefix));
        });
        job.result().whenComplete((outcome, error) -> Platform.runLater(() -> {
            if (error != null) {
                model.abandonedStatus.set("Cannot list uploads: " + BrowserController.message(BrowserController.unwrap(error)));
                return;
            }
            model.abandoned.setAll(outcome.left());
            String found = String.format(Locale.ROOT, "%d unfinished upload%s in %s", outcome.left().size(),
                    outcome.left().size() == 1 ? "" : "s", where);
            model.abandonedStatus.set(clean ? String.format(Locale.ROOT, "Aborted %d; %s%s.", outcome.aborted().size(),
                    found, minAge.isZero() ? "" : " (uploads younger than " + minAge.toHours() + " h are kept)") : found + ".");
        }));
    }
}
