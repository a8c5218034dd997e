package dev.playlens.app.services;

import dev.playlens.core.job.JobContext;

/**
 * Maps a step's own progress into a slice of its parent's: a job of two steps reports the first as
 * 0–50 % and the second as 50–100 %, so one bar moves steadily through both.
 */
public final class PhasedProgress implements JobContext {
    private static final long SCALE = 10_000;
    private final JobContext parent;
    private final double from;
    private final double to;
    private final String prefix;

    private PhasedProgress(JobContext parent, double from, double to, String prefix) {
        this.parent = parent;
        this.from = from;
        this.to = to;
        this.prefix = prefix;
    }

    /** The slice [{@code from}, {@code to}] of {@code parent}'s bar, messages prefixed with the step's name. */
    public static PhasedProgress of(JobContext parent, double from, double to, String step) {
        return new PhasedProgress(parent, from, to, step);
    }

    @Override
    public void progress(long done, long total, String message) {
        double f = total > 0 ? Math.min(1, (double) done / total) : 0;
        long overall = Math.round((from + (to - from) * f) * SCALE);
        parent.progress(overall, SCALE, prefix + (message == null || message.isEmpty() ? "" : ": " + message));
    }

    @Override
    public boolean isCancelled() {
        return parent.isCancelled();
    }
}
