package dev.playlens.app.storage;

import dev.playlens.core.job.JobCancelledException;
import dev.playlens.core.job.JobExecutor;
import dev.playlens.core.job.JobHandle;
import dev.playlens.storage.ListPage;
import dev.playlens.storage.ListRequest;
import dev.playlens.storage.ObjectInfo;
import dev.playlens.storage.StoreException;
import javafx.application.Platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Browses the selected location one folder page at a time (a delimited listing, so a folder of 100k objects
 * costs one page of memory), walks pages with the store's continuation tokens, and previews the picked object.
 * Listing and preview run as jobs; a newer request supersedes (and cancels) an older one.
 */
public final class BrowserController {
    private final StorageModel model;
    private final StoreConnector connector;
    private final JobExecutor executor;
    private final ObjectPreviewer previewer;
    /** tokens.get(i) fetches page i of the current folder (null for the first). */
    private final List<String> tokens = new ArrayList<>();
    private JobHandle<ListPage> listingJob;
    private JobHandle<Preview> previewJob;

    public BrowserController(StorageModel model, StoreConnector connector, JobExecutor executor, ObjectPreviewer previewer) {
        this.model = model;
        this.connector = connector;
        this.executor = executor;
        this.previewer = previewer;
    }

    /** Shows the top of {@code location}. */
    public void open(SavedLocation location) {
        model.location.set(location);
        browse("");
    }

    /** Shows the first page of folder {@code prefix} ("" or ending in "/") of the current location. */
    public void browse(String prefix) {
        model.prefix.set(prefix == null ? "" : prefix);
        tokens.clear();
        tokens.add(null);
        loadPage(0);
    }

    public void nextPage() {
        int next = model.page.get() + 1;
        if (model.hasNextPage.get() && next < tokens.size()) loadPage(next);
    }

    public void previousPage() {
        if (model.page.get() > 0) loadPage(model.page.get() - 1);
    }

    /** Goes one folder up. */
    public void up() {
        String p = model.prefix.get();
        if (p.isEmpty()) return;
        int cut = p.lastIndexOf('/', p.length() - 2);
        browse(cut < 0 ? "" : p.substring(0, cut + 1));
    }

    public void refresh() {
        if (model.location.get() != null) loadPage(model.page.get());
    }

    private void loadPage(int page) {
        SavedLocation location = model.location.get();
        if (location == null) return;
        if (listingJob != null) listingJob.cancel();
        String prefix = model.prefix.get();
        ListRequest request = new ListRequest(prefix, "/", tokens.get(page), model.pageSize.get());
        model.listing.set(true);
        model.error.set(null);
        model.status.set("Listing " + location.child(prefix) + " …");
        JobHandle<ListPage> job = executor.submit("List " + location.child(prefix),
                ctx -> connector.browse(location).list(request));
        listingJob = job;
        job.result().whenComplete((result, error) -> Platform.runLater(() -> {
            if (job != listingJob) return;
            listingJob = null;
            model.listing.set(false);
            if (error != null) {
                failed(error);
                return;
            }
            while (tokens.size() > page + 1) tokens.removeLast();
            if (result.hasMore()) tokens.add(result.nextToken());
            model.page.set(page);
            model.hasNextPage.set(result.hasMore());
            model.entries.setAll(result.entries());
            model.status.set(describe(page, result));
        }));
    }

    private String describe(int page, ListPage result) {
        long folders = result.entries().stream().filter(ObjectInfo::isPrefix).count();
        long objects = result.entries().size() - folders;
        long first = (long) page * model.pageSize.get() + 1;
        String range = result.entries().isEmpty() ? "empty"
                : String.format(Locale.ROOT, "entries %,d–%,d%s", first, first + result.entries().size() - 1,
                result.hasMore() ? " (more on the next page)" : "");
        return String.format(Locale.ROOT, "Page %d: %s — %,d folders, %,d objects", page + 1, range, folders, objects);
    }

    private void failed(Throwable error) {
        Throwable t = unwrap(error);
        if (t instanceof JobCancelledException) {
            model.status.set("Cancelled.");
            return;
        }
        model.entries.clear();
        model.hasNextPage.set(false);
        model.error.set(message(t));
        model.status.set("Cannot list " + model.location.get().child(model.prefix.get()));
    }

    /** Previews {@code entry} of the current location; opens it instead when it is a folder. */
    public void preview(ObjectInfo entry) {
        SavedLocation location = model.location.get();
        if (location == null || entry == null) return;
        if (previewJob != null) previewJob.cancel();
        model.previewing.set(true);
        JobHandle<Preview> job = executor.submit("Preview " + location.child(entry.key()),
                ctx -> previewer.preview(connector.browse(location), entry));
        previewJob = job;
        job.result().whenComplete((result, error) -> Platform.runLater(() -> {
            if (job != previewJob) return;
            previewJob = null;
            model.previewing.set(false);
            Throwable t = error == null ? null : unwrap(error);
            if (t instanceof JobCancelledException) return;
            model.preview.set(t == null ? result : new Preview.None(entry.key(), "Cannot preview: " + message(t)));
        }));
    }

    /** The sub-folders on the first page of {@code prefix}, for the folder tree. */
    public CompletableFuture<List<String>> folders(SavedLocation location, String prefix) {
        return executor.submit("List folders of " + location.child(prefix), ctx -> connector.browse(location)
                        .list(new ListRequest(prefix, "/", null, ListRequest.DEFAULT_PAGE_SIZE)).entries().stream()
                        .filter(ObjectInfo::isPrefix).map(ObjectInfo::key).toList())
                .result();
    }

    public void cancel() {
        if (listingJob != null) listingJob.cancel();
        if (previewJob != null) previewJob.cancel();
    }

    static Throwable unwrap(Throwable error) {
        Throwable t = error;
        while (t instanceof CompletionException && t.getCause() != null) t = t.getCause();
        return t;
    }

    /** The store's own one-line message (it names the store and what to do), else the exception's. */
    static String message(Throwable t) {
        if (t instanceof StoreException) return t.getMessage();
        for (Throwable c = t; c != null; c = c.getCause()) if (c instanceof StoreException) return c.getMessage();
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
