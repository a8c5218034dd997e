package dev.playlens.warehouse.ingest;

import dev.playlens.core.job.JobContext;
import dev.playlens.warehouse.Dialect;
import dev.playlens.warehouse.Warehouse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * Loads telemetry JSON lines into {@code game_events}, de-duplicated exactly on event_id: the first
 * occurrence in file order, then line order, wins.
 *
 * <p>How: files are parsed in parallel (one thread per file) into temporary staging files; each non-blank
 * line is validated with exactly the rules of {@code TelemetryJson.parse}, invalid lines go to the
 * {@link RejectSink} with file, line number, field and reason, in file and line order. Files are taken in
 * <b>batches</b> of whole files: a batch closes once it holds at least {@code batchRows} valid events. The
 * loader marks the later occurrences of event ids repeated inside the batch, then ONE transaction inserts
 * every other staged event whose id is not in the table yet and records the batch's files in the
 * {@link LoadJournal}.
 *
 * <p>Semantics, including crashes: a batch is all-or-nothing — its rows and its journal entries commit
 * together, so after a cancel, an error or a {@code kill -9} the table holds exactly the committed batches
 * and the journal names exactly their files. Re-running the same load skips journaled files (counted as
 * {@code skippedFiles}) and loads the rest; a file whose size or etag changed is loaded again, and
 * de-duplication keeps the table exact. Rejects are written before their batch commits, so a re-run after a
 * crash may repeat some rejects (at least once, never lost). Staging files live in a temporary folder that
 * is deleted at the end (after a crash, only that folder is left behind).
 */
public final class TelemetryLoader {
    private final Warehouse warehouse;
    private final LoadJournal journal;
    private final LoadOptions options;

    public TelemetryLoader(Warehouse warehouse, LoadJournal journal) {
        this(warehouse, journal, LoadOptions.defaults());
    }

    public TelemetryLoader(Warehouse warehouse, LoadJournal journal, LoadOptions options) {
        this.warehouse = warehouse;
        this.journal = journal;
        this.options = options;
    }

    public LoadReport load(List<SourceFile> files, RejectSink rejects, JobContext ctx) throws IOException, SQLException {
        Dialect dialect = warehouse.dialect();
        Path tmp = options.stagingDir() == null ? Files.createTempDirectory("playlens-load-")
                : Files.createTempDirectory(Files.createDirectories(options.stagingDir()), "playlens-load-");
        ExecutorService pool = Executors.newFixedThreadPool(options.parallelism(),
                Thread.ofPlatform().name("playlens-load-", 1).daemon().factory());
        try (Connection c = warehouse.connect()) {
            prepareTables(c, dialect);
            Map<String, LoadJournal.Entry> loaded = journal.entries(c);
            List<SourceFile> todo = files.stream().filter(f -> !LoadJournal.isCurrent(loaded.get(f.key()), f)).toList();
            LoadProgress progress = new LoadProgress(ctx, todo.stream().mapToLong(SourceFile::size).sum());
            StagingLoader staging = StagingLoader.forDialect(dialect, options.redshiftS3());
            ThreadLocal<FileStager> stagers = ThreadLocal.withInitial(() -> new FileStager(staging.format()));
            Deque<Future<StagedFile>> inFlight = new ArrayDeque<>();
            LoadReport report = new LoadReport(0, 0, 0, 0, 0, files.size() - todo.size());
            LoadBatch batch = null;
            int next = 0;
            try {
                for (int i = 0; i < todo.size(); i++) {
                    while (inFlight.size() < 2 * options.parallelism() && next < todo.size()) {
                        int index = next++;
                        SourceFile f = todo.get(index);
                        Path out = tmp.resolve("staging-" + index + staging.format().extension());
                        inFlight.add(pool.submit(() -> stagers.get().stage(f, index, out, ctx, progress)));
                    }
                    StagedFile staged = await(inFlight.poll(), progress, ctx, todo.get(i));
                    if (batch == null) batch = new LoadBatch(c, dialect, staging, journal);
                    batch.add(staged, rejects);
                    if (batch.accepted() >= options.batchRows()) {
                        LoadBatch full = batch;
                        batch = null;
                        report = report.plus(full.commit(rejects, ctx));
                    }
                }
                if (batch != null) {
                    LoadBatch last = batch;
                    batch = null;
                    report = report.plus(last.commit(rejects, ctx));
                }
            } catch (IOException | SQLException | RuntimeException e) {
                inFlight.forEach(f -> f.cancel(true));
                if (batch != null) batch.abandon(e);
                throw e;
            }
            progress.report("loaded " + report.inserted() + " new events");
            return report;
        } finally {
            pool.shutdownNow();
            awaitQuietly(pool);
            deleteTree(tmp);
        }
    }

    private void prepareTables(Connection c, Dialect dialect) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute(dialect.createGameEventsDdl());
        }
        journal.ensureTable(c, dialect);
    }

    /** Waits for a staged file, reporting progress meanwhile; rethrows the worker's failure as it was. */
    private static StagedFile await(Future<StagedFile> future, LoadProgress progress, JobContext ctx, SourceFile file)
            throws IOException, SQLException {
        String message = "reading " + file.key();
        while (true) {
            progress.report(message);
            try {
                return future.get(200, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                ctx.checkCancelled();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                ctx.checkCancelled();
                throw new IOException("interrupted while loading " + file.key(), e);
            } catch (ExecutionException e) {
                switch (e.getCause()) {
                    case IOException io -> throw io;
                    case SQLException sql -> throw sql;
                    case RuntimeException re -> throw re;
                    case Error err -> throw err;
                    default -> throw new IOException(file.key() + ": " + e.getCause(), e.getCause());
                }
            }
        }
    }

    private static void awaitQuietly(ExecutorService pool) {
        try {
            pool.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
