package dev.playlens.app.storage;

import dev.playlens.core.job.JobExecutor;
import dev.playlens.storage.StoreLocation;
import dev.playlens.warehouse.Warehouse;
import dev.playlens.warehouse.ingest.JsonLinesRejectSink;
import dev.playlens.warehouse.ingest.LoadJournal;
import dev.playlens.warehouse.ingest.LoadReport;
import dev.playlens.warehouse.ingest.LocalSourceFiles;
import dev.playlens.warehouse.ingest.TelemetryLoader;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;

import java.nio.file.Path;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * "Load into warehouse" until the SQL screen's ingest dialog takes over: a local folder is loaded (after a
 * confirmation) with the warehouse's de-duplicating TelemetryLoader as a job; a cloud prefix gets a clear message
 * saying how to load it today.
 */
public final class WarehouseLoadFallback implements Consumer<String> {
    private final Warehouse warehouse;
    private final JobExecutor executor;
    private final Path rejectsFile;
    private final Predicate<String> confirm;
    private final BiConsumer<String, String> inform;

    /**
     * @param confirm asked with the question before a load starts
     * @param inform  told (on the FX thread) a headline and a message: the outcome, or why nothing was loaded
     */
    public WarehouseLoadFallback(Warehouse warehouse, JobExecutor executor, Path rejectsFile,
                                 Predicate<String> confirm, BiConsumer<String, String> inform) {
        this.warehouse = warehouse;
        this.executor = executor;
        this.rejectsFile = rejectsFile;
        this.confirm = confirm;
        this.inform = inform;
    }

    /** The GUI's version: a confirmation dialog and message dialogs. */
    public static WarehouseLoadFallback withDialogs(Warehouse warehouse, JobExecutor executor, Path rejectsFile) {
        return new WarehouseLoadFallback(warehouse, executor, rejectsFile, question -> {
            Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, question, ButtonType.OK, ButtonType.CANCEL);
            confirm.setHeaderText("Load into warehouse");
            return confirm.showAndWait().orElse(ButtonType.CANCEL) == ButtonType.OK;
        }, (headline, message) -> {
            Alert alert = new Alert(Alert.AlertType.INFORMATION, message);
            alert.setHeaderText(headline);
            alert.show();
        });
    }

    @Override
    public void accept(String uri) {
        StoreLocation location = StoreLocation.parse(uri);
        if (location.scheme() != StoreLocation.Scheme.LOCAL) {
            inform.accept("Not loaded", "Loading straight from " + uri + " comes with the ingest dialog. Today: drag the "
                    + "folder onto a local location to copy it, then load that folder.");
            return;
        }
        Path folder = location.localRoot();
        if (!confirm.test("Load the telemetry under " + folder
                + " into the workspace warehouse (table game_events, de-duplicated on event_id)?")) return;
        executor.submit("Load " + folder + " into the warehouse", ctx -> {
            try (JsonLinesRejectSink rejects = new JsonLinesRejectSink(rejectsFile)) {
                return new TelemetryLoader(warehouse, new LoadJournal()).load(LocalSourceFiles.under(folder), rejects, ctx);
            }
        }).result().whenComplete((report, error) -> Platform.runLater(() -> done(folder, report, error)));
    }

    private void done(Path folder, LoadReport report, Throwable error) {
        if (error != null) {
            inform.accept("Cannot load " + folder, BrowserController.message(BrowserController.unwrap(error)));
            return;
        }
        inform.accept("Loaded " + folder, String.format(Locale.ROOT, "%,d events inserted, %,d duplicates skipped, "
                + "%,d rejected (see %s).", report.inserted(), report.duplicates(), report.rejected(), rejectsFile));
    }
}
