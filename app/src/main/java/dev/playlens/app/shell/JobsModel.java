package dev.playlens.app.shell;

import dev.playlens.core.job.JobExecutor;
import dev.playlens.core.job.JobHandle;
import dev.playlens.core.job.JobListener;
import dev.playlens.core.job.JobState;
import dev.playlens.core.job.Progress;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * All jobs of this session for the status bar and the task list. Jobs report from their own threads,
 * often thousands of times a second; updates are coalesced into at most one FX-thread refresh in flight.
 */
public final class JobsModel {
    private final ObservableList<JobRow> all = FXCollections.observableArrayList(
            row -> new javafx.beans.Observable[]{row.stateProperty()});
    private final FilteredList<JobRow> running = new FilteredList<>(all, row -> !row.isFinished());
    private final Map<JobHandle<?>, JobRow> rows = new ConcurrentHashMap<>();
    private final Map<JobHandle<?>, Boolean> dirty = new ConcurrentHashMap<>();
    private final AtomicBoolean refreshScheduled = new AtomicBoolean();

    /** Listens to every job {@code executor} accepts from now on. */
    public void attach(JobExecutor executor) {
        executor.addSubmitListener(this::track);
    }

    private void track(JobHandle<?> handle) {
        handle.addListener(new JobListener() {
            @Override
            public void progressed(JobHandle<?> job, Progress progress) {
                markDirty(job);
            }

            @Override
            public void stateChanged(JobHandle<?> job, JobState state) {
                markDirty(job);
            }
        });
        markDirty(handle);
    }

    private void markDirty(JobHandle<?> handle) {
        dirty.put(handle, Boolean.TRUE);
        if (refreshScheduled.compareAndSet(false, true)) Platform.runLater(this::refresh);
    }

    private void refresh() {
        refreshScheduled.set(false);
        for (JobHandle<?> h : dirty.keySet()) {
            dirty.remove(h);
            JobRow row = rows.get(h);
            if (row == null) {
                row = new JobRow(h);
                rows.put(h, row);
                all.add(row);
            } else {
                row.refresh();
            }
        }
    }

    /** Every job of the session, oldest first (FX thread). */
    public ObservableList<JobRow> all() {
        return all;
    }

    /** Jobs queued or running (FX thread). */
    public ObservableList<JobRow> running() {
        return running;
    }

    /** Drops finished jobs from the task list. */
    public void clearFinished() {
        all.removeIf(JobRow::isFinished);
        rows.values().removeIf(JobRow::isFinished);
    }
}
