package dev.playlens.warehouse.ingest;

import dev.playlens.core.job.JobContext;
import dev.playlens.warehouse.Credentials;
import dev.playlens.warehouse.Warehouse;
import dev.playlens.warehouse.Warehouses;

import java.nio.file.Path;

/**
 * Runs one load in its own JVM so that a test can kill it with SIGKILL half way. Prints
 * {@code progress DONE TOTAL} lines while it works and {@code done REPORT} at the end.
 * Args: location user password dataDir rejectsFile batchRows.
 */
public final class LoadChild {
    private LoadChild() {
    }

    public static void main(String[] args) throws Exception {
        Credentials creds = args[1].isEmpty() ? Credentials.none() : new Credentials(args[1], args[2]);
        try (Warehouse w = Warehouses.open(args[0], creds);
             JsonLinesRejectSink rejects = new JsonLinesRejectSink(Path.of(args[4]))) {
            JobContext ctx = new JobContext() {
                @Override
                public void progress(long done, long total, String message) {
                    System.out.println("progress " + done + " " + total);
                    System.out.flush();
                }

                @Override
                public boolean isCancelled() {
                    return false;
                }
            };
            LoadReport report = new TelemetryLoader(w, new LoadJournal(),
                    LoadOptions.defaults().withBatchRows(Long.parseLong(args[5]))
                            .withStagingDir(Path.of(args[3]).resolveSibling("staging")))
                    .load(LocalSourceFiles.under(Path.of(args[3])), rejects, ctx);
            System.out.println("done " + report.toJson());
        }
    }
}
