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
import java.util.function.Consumer;

/**
 * "Load into warehouse" until the SQL screen's ingest dialog takes over: a local folder is loaded (after a
 * confirmation) with the warehouse's de-duplicating TelemetryLoader as a job; a cloud prefix gets a clear message
 * saying how to load it today.
 */
public final class WarehouseLoadFallback implements Consumer<String> {
    private final Warehouse warehouse;
    private final JobExecutor executor;
    private final Path rejectsFile;

    public WarehouseLoadFallback(Warehouse warehouse, JobExecutor executor, Path rejectsFile) {
        this.warehouse = warehouse;
        this.executor = executor;
        this.rejectsFile = rejectsFile;
    }

    @Override
    public void accept(String uri) {
        StoreLocation location = StoreLocation.parse(uri);
        if (location.scheme() != StoreLocation.Scheme.LOCAL) {
            new Alert(Alert.AlertType.INFORMATION, "Loading straight from " + uri + " comes with the ingest dialog. "
                    + "Today: drag the folder onto a local location to copy it, then load that folder.").show();
            return;
        }
        Path folder = location.localRoot();
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, "Load the telemetry under " + folder
                + " into the workspace warehouse (table game_events, de-duplicated on event_id)?", ButtonType.OK, ButtonType.CANCEL);
        confirm.setHeaderText("Load into warehouse");
        if (confirm.showAndWait().orElse(ButtonType.CANCEL) != ButtonType.OK) return;
        executor.submit("Load " + folder + " into the warehouse", ctx -> {
            try (JsonLinesRejectSink rejects = new JsonLinesRejectSink(rejectsFile)) {
                return new TelemetryLoader(warehouse, new LoadJournal()).load(LocalSourceFiles.under(folder), rejects, ctx);
            }
        }).result().whenComplete((report, error) -> Platform.runLater(() -> done(folder, report, error)));
    }

    private void done(Path folder, LoadReport report, Throwable error) {
        Alert alert = error == null
                ? new Alert(Alert.AlertType.INFORMATION, String.format(Locale.ROOT,
                "%,d events inserted, %,d duplicates skipped, %,d rejected (see %s).",
                report.inserted(), report.duplicates(), report.rejected(), rejectsFile))
                : new Alert(Alert.AlertType.ERROR, BrowserController.message(BrowserController.unwrap(error)));
        alert.setHeaderText(error == null ? "Loaded " + folder : "Cannot load " + folder);
        alert.show();
    }
}
