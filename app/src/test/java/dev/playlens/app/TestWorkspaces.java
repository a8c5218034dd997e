package dev.playlens.app;

import dev.playlens.app.workspace.Workspace;
import dev.playlens.app.workspace.WorkspaceSettings;
import dev.playlens.core.job.JobContext;
import dev.playlens.core.level.Level;
import dev.playlens.core.level.LevelsFile;
import dev.playlens.core.level.WorldRect;
import dev.playlens.testsupport.RealData;
import dev.playlens.warehouse.Credentials;
import dev.playlens.warehouse.Warehouse;
import dev.playlens.warehouse.Warehouses;
import dev.playlens.warehouse.ingest.JsonLinesRejectSink;
import dev.playlens.warehouse.ingest.LoadJournal;
import dev.playlens.warehouse.ingest.LoadReport;
import dev.playlens.warehouse.ingest.LocalSourceFiles;
import dev.playlens.warehouse.ingest.TelemetryLoader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Real workspaces for the app's tests, built from the seed pipeline's own sample (642 real deaths). */
public final class TestWorkspaces {
    public static final String SEED_LEVEL = "test_level";
    public static final int SEED_EVENTS = 642;
    /** The seed pipeline's calibration: 512 world units across the 512-px image, centred on (503.245239, 748.971008). */
    public static final WorldRect SEED_WORLD = new WorldRect(503.245239 - 256, 748.971008 - 256,
            503.245239 + 256, 748.971008 + 256, false);

    private TestWorkspaces() {
    }

    /** A workspace holding the seed sample's level image, its calibration and its events in DuckDB. */
    public static Workspace seedSample(Path dir) throws Exception {
        Files.createDirectories(dir.resolve("levels"));
        Files.copy(RealData.file("aws-pipeline/level_screenshot_512x512.png"), dir.resolve("levels/test_level.png"));
        LevelsFile.write(dir.resolve("levels.json"), List.of(
                new Level(SEED_LEVEL, "Seed sample level", "levels/test_level.png", 512, 512, SEED_WORLD)));
        Workspace ws = Workspace.create(dir, WorkspaceSettings.named("Seed sample", "levels.json"));
        try (Warehouse w = Warehouses.open(ws.warehouseLocation(), Credentials.none());
             JsonLinesRejectSink rejects = new JsonLinesRejectSink(dir.resolve("journal/rejects.jsonl"))) {
            LoadReport report = new TelemetryLoader(w, new LoadJournal()).load(
                    LocalSourceFiles.under(RealData.file("aws-pipeline/heatmap-sample-data.txt")), rejects, JobContext.silent());
            if (report.inserted() != SEED_EVENTS) throw new IllegalStateException("seed sample load: " + report);
        }
        return ws;
    }
}
