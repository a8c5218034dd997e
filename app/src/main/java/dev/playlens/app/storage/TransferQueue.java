package dev.playlens.app.storage;

import dev.playlens.core.job.JobCancelledException;
import dev.playlens.core.job.JobExecutor;
import dev.playlens.core.job.JobHandle;
import dev.playlens.storage.transfer.TransferFailedException;
import dev.playlens.storage.transfer.TransferReport;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.beans.Observable;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.Duration;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * The transfer queue (FX thread): at most {@code maxRunning} copies at once through the one job executor, the
 * rest wait. Pause stops a copy keeping every finished object, Resume runs it again and the journal skips what is
 * done; Cancel stops it for good; Retry runs a failed or cancelled copy again. Progress is sampled four times a
 * second for per-item and total bytes, speed and time left.
 */
public final class TransferQueue {
    private final JobExecutor executor;
    private final Function<TransferSpec, dev.playlens.core.job.Job<TransferReport>> jobs;
    private final int maxRunning;
    private final ObservableList<TransferRow> rows = FXCollections.observableArrayList(
            r -> new Observable[]{r.state, r.bytesDone, r.bytesTotal, r.bytesPerSecond, r.message});
    private final Set<TransferRow> pauseRequested = new HashSet<>();
    private final LongProperty totalDone = new SimpleLongProperty();
    private final LongProperty totalBytes = new SimpleLongProperty();
    private final DoubleProperty totalSpeed = new SimpleDoubleProperty();
    private boolean stopped;
    private Runnable onUnfinishedChanged = () -> { };
    private final Timeline ticker = new Timeline(new KeyFrame(Duration.millis(250), e -> tick()));

    public TransferQueue(JobExecutor executor, Function<TransferSpec, dev.playlens.core.job.Job<TransferReport>> jobs, int maxRunning) {
        this.executor = executor;
        this.jobs = jobs;
        this.maxRunning = maxRunning;
        ticker.setCycleCount(Animation.INDEFINITE);
    }

    public TransferRow add(TransferSpec spec) {
        TransferRow row = new TransferRow(spec);
        rows.add(row);
        pump();
        unfinishedChanged();
        return row;
    }

    /** Puts back a copy that had not finished in an earlier session, paused until the analyst resumes it. */
    public TransferRow restore(TransferSpec spec) {
        TransferRow row = new TransferRow(spec);
        row.state.set(TransferState.PAUSED);
        row.message.set("not finished last time; Resume continues where it stopped");
        rows.add(row);
        return row;
    }

    /** Called (FX thread) whenever the set of unfinished copies changes, so the screen can save it. */
    public void setOnUnfinishedChanged(Runnable listener) {
        this.onUnfinishedChanged = listener;
    }

    /** Copies not done and not cancelled: waiting, running, paused or failed. */
    public java.util.List<TransferSpec> unfinished() {
        return rows.stream().filter(r -> r.state.get() != TransferState.DONE && r.state.get() != TransferState.CANCELLED)
                .map(TransferRow::spec).toList();
    }

    private void unfinishedChanged() {
        if (!stopped) onUnfinishedChanged.run(); // copies stopped by closing stay unfinished in the saved list
    }

    public void pause(TransferRow row) {
        if (!row.state.get().canPause()) return;
        if (row.state.get() == TransferState.QUEUED) {
            row.state.set(TransferState.PAUSED);
            row.message.set("paused");
            return;
        }
        pauseRequested.add(row);
        row.message.set("pausing…");
        row.job.cancel();
    }

    public void resume(TransferRow row) {
        if (!row.state.get().canResume()) return;
        requeue(row);
    }

    public void cancel(TransferRow row) {
        if (!row.state.get().canCancel()) return;
        pauseRequested.remove(row);
        if (row.state.get() == TransferState.RUNNING) {
            row.message.set("cancelling…");
            row.job.cancel();
        } else {
            row.state.set(TransferState.CANCELLED);
            row.message.set("cancelled");
            unfinishedChanged();
        }
    }

    public void retry(TransferRow row) {
        if (row.state.get().canRetry()) requeue(row);
    }

    /** Runs every failed copy again; each skips the objects it already copied. */
    public void retryFailed() {
        rows.stream().filter(r -> r.state.get() == TransferState.FAILED).toList().forEach(this::requeue);
    }

    public void clearFinished() {
        rows.removeIf(r -> r.state.get().isFinished());
        tick();
    }

    /** Stops every running copy (the screen is closing); the journals let them resume later. */
    public void stopAll() {
        stopped = true;
        for (TransferRow r : rows) if (r.job != null) r.job.cancel();
        ticker.stop();
    }

    private void requeue(TransferRow row) {
        row.state.set(TransferState.QUEUED);
        row.message.set("waiting");
        pump();
    }

    private void pump() {
        if (stopped) return;
        long running = rows.stream().filter(r -> r.state.get() == TransferState.RUNNING).count();
        for (TransferRow r : rows) {
            if (running >= maxRunning) break;
            if (r.state.get() == TransferState.QUEUED) {
                start(r);
                running++;
            }
        }
    }

    private void start(TransferRow row) {
        row.state.set(TransferState.RUNNING);
        row.message.set("listing…");
        row.restartMeasuring();
        JobHandle<TransferReport> job = executor.submit("Copy " + row.spec().label(), jobs.apply(row.spec()));
        row.job = job;
        if (ticker.getStatus() != Animation.Status.RUNNING) ticker.play();
        job.result().whenComplete((report, error) -> Platform.runLater(() -> finished(row, job, report, error)));
    }

    private void finished(TransferRow row, JobHandle<TransferReport> job, TransferReport report, Throwable error) {
        if (row.job != job) return;
        row.sample(System.nanoTime());
        row.job = null;
        row.bytesPerSecond.set(0);
        Throwable t = error == null ? null : BrowserController.unwrap(error);
        if (t instanceof JobCancelledException) {
            boolean paused = pauseRequested.remove(row);
            row.state.set(paused ? TransferState.PAUSED : TransferState.CANCELLED);
            row.message.set(paused ? "paused; Resume continues where it stopped" : "cancelled");
        } else if (t != null) {
            if (t instanceof TransferFailedException f) row.report.set(f.partial());
            row.state.set(TransferState.FAILED);
            row.message.set(BrowserController.message(t));
        } else {
            row.report.set(report);
            row.state.set(report.failed() == 0 ? TransferState.DONE : TransferState.FAILED);
            row.message.set(summary(report));
        }
        pump();
        tick();
        unfinishedChanged();
    }

    static String summary(TransferReport r) {
        String s = String.format(Locale.ROOT, "%,d copied, %,d already there, %,d verified", r.copied(), r.skipped(), r.verified());
        return r.failed() == 0 ? s : s + String.format(Locale.ROOT, ", %,d failed: %s", r.failed(), r.failures().getFirst());
    }

    private void tick() {
        long now = System.nanoTime();
        long done = 0;
        long total = 0;
        double speed = 0;
        boolean anyRunning = false;
        for (TransferRow r : rows) {
            if (r.state.get() == TransferState.RUNNING) {
                r.sample(now);
                anyRunning = true;
                speed += r.bytesPerSecond.get();
            }
            if (r.bytesTotal.get() > 0 && r.state.get() != TransferState.CANCELLED) {
                total += r.bytesTotal.get();
                done += r.state.get() == TransferState.DONE ? r.bytesTotal.get() : r.bytesDone.get();
            }
        }
        totalDone.set(done);
        totalBytes.set(total);
        totalSpeed.set(speed);
        if (!anyRunning) ticker.stop();
    }

    public ObservableList<TransferRow> rows() {
        return rows;
    }

    public LongProperty totalDoneProperty() {
        return totalDone;
    }

    public LongProperty totalBytesProperty() {
        return totalBytes;
    }

    public DoubleProperty totalSpeedProperty() {
        return totalSpeed;
    }

    /** "2 running, 1 waiting — 12.3 MB of 40.0 MB, 5.1 MB/s, 0:06 left", or what the finished copies moved. */
    public String totalSummary() {
        long running = rows.stream().filter(r -> r.state.get() == TransferState.RUNNING).count();
        long waiting = rows.stream().filter(r -> r.state.get() == TransferState.QUEUED).count();
        long failed = rows.stream().filter(r -> r.state.get() == TransferState.FAILED).count();
        String bytes = RateMeter.formatBytes(totalDone.get()) + " of " + RateMeter.formatBytes(totalBytes.get());
        if (running + waiting == 0) {
            return rows.isEmpty() ? "" : String.format(Locale.ROOT, "Nothing running — %s copied%s", bytes,
                    failed == 0 ? "" : ", " + failed + " failed");
        }
        return String.format(Locale.ROOT, "%d running, %d waiting — %s, %s, %s left", running, waiting, bytes,
                RateMeter.formatSpeed(totalSpeed.get()),
                RateMeter.formatEta(RateMeter.eta(totalDone.get(), totalBytes.get(), totalSpeed.get())));
    }
}
