package dev.playlens.warehouse.ingest;

import dev.playlens.core.job.JobContext;
import dev.playlens.warehouse.Dialect;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The files of one staging round, taken in file order: emits their rejects, finds event ids repeated
 * inside the batch (later occurrences are dropped), hands the staging files to the engine, and commits
 * rows and journal entries in one transaction.
 */
final class LoadBatch {
    private static final Logger LOG = LoggerFactory.getLogger(LoadBatch.class);

    private final Connection c;
    private final Dialect dialect;
    private final StagingLoader staging;
    private final LoadJournal journal;
    private final EventIdSet seen = new EventIdSet();
    private final List<LoadJournal.Entry> entries = new ArrayList<>();
    private final List<StagedFile> files = new ArrayList<>();
    private long[] drops = new long[256];
    private int dropCount;
    private long read;
    private long accepted;
    private long rejected;

    LoadBatch(Connection c, Dialect dialect, StagingLoader staging, LoadJournal journal) throws SQLException {
        this.c = c;
        this.dialect = dialect;
        this.staging = staging;
        this.journal = journal;
        staging.begin(c);
    }

    long accepted() {
        return accepted;
    }

    void add(StagedFile f, RejectSink rejects) throws IOException, SQLException {
        for (Reject r : f.rejects()) rejects.reject(r);
        long[] ids = f.ids();
        for (int k = 0; k < f.accepted(); k++) {
            if (!seen.add(ids[2 * k], ids[2 * k + 1])) {
                if (dropCount == drops.length) drops = Arrays.copyOf(drops, drops.length * 2);
                drops[dropCount++] = f.seqs()[k];
            }
        }
        staging.add(c, f.staging());
        files.add(f);
        entries.add(new LoadJournal.Entry(f.source().key(), f.source().size(), f.source().etag(), Instant.now(),
                f.read(), f.rejects().size()));
        read += f.read();
        accepted += f.accepted();
        rejected += f.rejects().size();
    }

    LoadReport commit(RejectSink rejects, JobContext ctx) throws SQLException, IOException {
        long inserted;
        try {
            boolean withDrops = staging.writeDrops(c, drops, dropCount);
            rejects.flush();
            ctx.checkCancelled();
            c.setAutoCommit(false);
            try {
                HeatRollupUpkeep rollups = HeatRollupUpkeep.lockCurrent(c, dialect);
                long t0 = System.nanoTime();
                inserted = rollups.merge(c, dialect.mergeStagingSql(staging.relation(), withDrops));
                rollups.markCurrent(c);
                long t1 = System.nanoTime();
                journal.record(c, entries);
                c.commit();
                LOG.debug("batch of {} files: merged {} rows in {} ms, journal + commit {} ms", entries.size(), inserted,
                        (t1 - t0) / 1_000_000, (System.nanoTime() - t1) / 1_000_000);
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } finally {
            cleanUp();
        }
        return new LoadReport(entries.size(), read, inserted, accepted - inserted, rejected, 0);
    }

    /** Drops the staged rows of a batch that will not commit; the first failure stays the one reported. */
    void abandon(Exception cause) {
        try {
            cleanUp();
        } catch (Exception e) {
            cause.addSuppressed(e);
        }
    }

    private void cleanUp() throws SQLException, IOException {
        try {
            staging.end(c);
        } finally {
            for (StagedFile f : files) Files.deleteIfExists(f.staging());
        }
    }
}
