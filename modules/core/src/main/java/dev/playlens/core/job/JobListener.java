package dev.playlens.core.job;

/** Observes a job; called on the job's own thread, so UI listeners hop to their own thread. */
public interface JobListener {
    default void progressed(JobHandle<?> job, Progress progress) {
    }

    default void stateChanged(JobHandle<?> job, JobState state) {
    }
}
