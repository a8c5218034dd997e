package dev.playlens.publish;

import dev.playlens.core.job.Job;
import dev.playlens.core.job.JobCancelledException;
import dev.playlens.core.job.JobContext;
import dev.playlens.ml.data.RawTable;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Scores every user of a feature table with one model version and streams the predictions, batch by batch,
 * into every target; each target then commits its set atomically. Scoring is chunked so that only one batch of
 * predictions is alive at a time (the feature table itself is the ml module's in-memory {@link RawTable}).
 */
public final class Publisher {
    public static final int DEFAULT_BATCH = 10_000;

    private final Clock clock;
    private final Optional<PublishHistory> history;
    private final int batchSize;

    public Publisher(Clock clock, Optional<PublishHistory> history, int batchSize) {
        if (batchSize < 1) throw new IllegalArgumentException("batch size must be >= 1");
        this.clock = clock;
        this.history = history;
        this.batchSize = batchSize;
    }

    public Publisher(Optional<PublishHistory> history) {
        this(Clock.systemUTC(), history, DEFAULT_BATCH);
    }

    /** {@code sourceName} names the data in errors ("file.csv", "duckdb:/w.duckdb#features"). */
    public Job<PublishResult> job(ScoringModel model, RawTable data, String idColumn, String sourceName,
                                  List<PublishTarget> targets) {
        return context -> publish(model, data, idColumn, sourceName, targets, context);
    }

    public PublishResult publish(ScoringModel model, RawTable data, String idColumn, String sourceName,
                                 List<PublishTarget> targets, JobContext context) throws Exception {
        if (targets.isEmpty()) throw new IllegalArgumentException("publish: give at least one --to target");
        Instant at = clock.instant();
        List<PublishResult.TargetResult> done = new ArrayList<>();
        List<PublishTarget.Session> sessions = new ArrayList<>();
        long rows = data.rowCount();
        try {
            String[] ids = UserIds.extract(data, UserIds.column(data, idColumn, sourceName), sourceName);
            for (PublishTarget t : targets) sessions.add(t.open(model.name(), model.version(), context));
            for (int from = 0; from < rows; from += batchSize) {
                context.checkCancelled();
                int to = (int) Math.min(rows, from + (long) batchSize);
                int[] idx = IntStream.range(from, to).toArray();
                String[] chunkIds = java.util.Arrays.copyOfRange(ids, from, to);
                List<Prediction> batch = model.score(data.select(idx), chunkIds, at);
                for (PublishTarget.Session s : sessions) s.write(batch);
                context.progress(to, rows, "scored and sent " + to + " of " + rows + " users");
            }
            context.checkCancelled();
            for (int i = 0; i < sessions.size(); i++) {
                long written = sessions.get(i).commit();
                done.add(new PublishResult.TargetResult(targets.get(i).describe(), written));
            }
            PublishResult result = new PublishResult(model.name(), model.version(), rows, done);
            record(model, targets, done, rows, at, "ok", null);
            return result;
        } catch (Exception | Error e) {
            for (int i = done.size(); i < sessions.size(); i++) sessions.get(i).abort();
            String status = e instanceof JobCancelledException ? "cancelled" : "failed";
            String why = done.isEmpty() ? e.getMessage()
                    : e.getMessage() + " (already committed: " + done.stream().map(PublishResult.TargetResult::to).toList() + ")";
            try {
                record(model, targets, done, rows, at, status, why);
            } catch (RuntimeException historyFailure) {
                e.addSuppressed(historyFailure);
            }
            throw e;
        } finally {
            for (PublishTarget.Session s : sessions) s.close();
        }
    }

    /**
     * Records an attempt that failed before anything was scored (the model or the data could not be loaded); the
     * history failure, if any, is added to {@code cause} as suppressed.
     */
    public void recordNotStarted(String model, int version, Throwable cause) {
        if (history.isEmpty()) return;
        String status = cause instanceof JobCancelledException ? "cancelled" : "failed";
        try {
            history.get().append(new PublishHistory.Entry(model, version, List.of(), 0, 0, clock.instant().toString(),
                    status, cause.getMessage()));
        } catch (java.io.IOException | RuntimeException e) {
            cause.addSuppressed(e);
        }
    }

    private void record(ScoringModel model, List<PublishTarget> targets, List<PublishResult.TargetResult> done,
                        long rows, Instant at, String status, String error) {
        if (history.isEmpty()) return;
        long keys = 0;
        for (int i = 0; i < done.size(); i++) if (targets.get(i).isCache()) keys += done.get(i).written();
        try {
            history.get().append(new PublishHistory.Entry(model.name(), model.version(), done, rows, keys, at.toString(),
                    status, error));
        } catch (java.io.IOException io) {
            throw new java.io.UncheckedIOException("publish " + status + " but the history could not be written: "
                    + io.getMessage(), io);
        }
    }
}
