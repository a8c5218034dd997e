package dev.playlens.core.job;

/** What a running job sees: a place to report progress and a cooperative cancel flag. */
public interface JobContext {

    /** Reports {@code done} of {@code total} units (total &lt; 0 when unknown) with a short message. */
    void progress(long done, long total, String message);

    boolean isCancelled();

    /** Throws {@link JobCancelledException} once cancel was asked for; call it between units of work. */
    default void checkCancelled() {
        if (isCancelled()) throw new JobCancelledException();
    }

    /** A context for running a job inline where nobody watches (tests, nested steps). */
    static JobContext silent() {
        return new JobContext() {
            @Override
            public void progress(long done, long total, String message) {
            }

            @Override
            public boolean isCancelled() {
                return Thread.currentThread().isInterrupted();
            }
        };
    }
}
