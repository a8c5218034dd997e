package dev.playlens.app.services;

import dev.playlens.app.workspace.Workspace;
import dev.playlens.app.workspace.WorkspaceSettings;
import dev.playlens.core.job.Job;
import dev.playlens.core.job.JobContext;
import dev.playlens.demo.DemoGenerator;
import dev.playlens.demo.DemoSpec;
import dev.playlens.demo.DemoSummary;
import dev.playlens.warehouse.Credentials;
import dev.playlens.warehouse.Warehouse;
import dev.playlens.warehouse.Warehouses;
import dev.playlens.warehouse.ingest.JsonLinesRejectSink;
import dev.playlens.warehouse.ingest.LoadJournal;
import dev.playlens.warehouse.ingest.LoadReport;
import dev.playlens.warehouse.ingest.LocalSourceFiles;
import dev.playlens.warehouse.ingest.TelemetryLoader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Generates the demo game into a folder and loads its telemetry into the folder's embedded warehouse,
 * making the folder a workspace. Used by {@code playlens demo} and by the GUI's first start.
 */
public final class DemoSetup {
    /** The GUI's first-start demo: big enough for meaningful heatmaps, small enough to build in seconds. */
    public static final int FIRST_START_PLAYERS = 3_000;
    public static final int FIRST_START_DAYS = 30;
    static final String REJECTS_FILE = "journal/demo-rejects.jsonl";

    /** What a demo run produced. */
    public record Result(Workspace workspace, DemoSummary summary, LoadReport load, Path rejects) {
    }

    /** Generates and loads into {@code dir} itself (the command line's {@code demo --dir DIR}). */
    public Result generateAndLoad(Path dir, DemoSpec spec, JobContext ctx) throws Exception {
        Files.createDirectories(dir);
        DemoSummary summary = new DemoGenerator(spec).generate(dir, PhasedProgress.of(ctx, 0, 0.5, "Generating the game"));
        ctx.checkCancelled();
        Workspace ws = Workspace.create(dir, WorkspaceSettings.named("Demo game",
                dir.toAbsolutePath().relativize(summary.levelsFile().toAbsolutePath()).toString()));
        Path rejects = dir.resolve(REJECTS_FILE);
        LoadReport load;
        try (Warehouse warehouse = Warehouses.open(ws.warehouseLocation(), Credentials.none());
             JsonLinesRejectSink sink = new JsonLinesRejectSink(rejects)) {
            load = new TelemetryLoader(warehouse, new LoadJournal())
                    .load(LocalSourceFiles.under(summary.bucket()), sink, PhasedProgress.of(ctx, 0.5, 1, "Loading the warehouse"));
        }
        return new Result(ws, summary, load, rejects);
    }

    /**
     * The GUI's first start: builds in a sibling temporary folder and renames it into place at the end, so a
     * cancel or a crash never leaves a half-built demo that would be opened next time.
     */
    public Job<Workspace> firstStart(Path dir) {
        return ctx -> {
            Path parent = dir.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            removeLeftoversOfCrashedRuns(parent, dir.getFileName() + ".building-");
            Path tmp = Files.createTempDirectory(parent, dir.getFileName() + ".building-");
            try {
                generateAndLoad(tmp, new DemoSpec(FIRST_START_PLAYERS, FIRST_START_DAYS,
                        DemoSpec.defaults().seed(), DemoSpec.defaults().startDate()), ctx);
                ctx.checkCancelled();
                Files.move(tmp, dir, StandardCopyOption.ATOMIC_MOVE);
                return Workspace.open(dir);
            } finally {
                deleteTree(tmp);
            }
        };
    }

    private static void removeLeftoversOfCrashedRuns(Path parent, String prefix) throws IOException {
        try (Stream<Path> siblings = Files.list(parent)) {
            siblings.filter(p -> p.getFileName().toString().startsWith(prefix)).forEach(DemoSetup::deleteTree);
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) return;
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clean up " + root + ": " + e.getMessage(), e);
        }
    }
}
