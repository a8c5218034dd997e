package dev.playlens.core.job;

/** Thrown inside a job when it notices it was cancelled; the job's handle then ends as CANCELLED. */
public class JobCancelledException extends RuntimeException {
    public JobCancelledException() {
        super("cancelled");
    }
}
