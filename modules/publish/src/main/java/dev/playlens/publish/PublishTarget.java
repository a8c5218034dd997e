package dev.playlens.publish;

import dev.playlens.core.job.JobContext;

/**
 * Somewhere a versioned prediction set goes: a JDBC table, files, Redis. A publish opens one session per target,
 * streams every batch into each, then commits each; a target makes its new set visible only in commit, all at
 * once, and abort leaves what readers saw before.
 */
public interface PublishTarget {

    /** The location as the user wrote it (for results and history; never holds a secret). */
    String describe();

    /** True for the cache layer (its count goes to the history's "keys"). */
    default boolean isCache() {
        return false;
    }

    Session open(String model, int version, JobContext context) throws Exception;

    interface Session extends AutoCloseable {
        void write(java.util.List<Prediction> batch) throws Exception;

        /** Makes the set visible atomically; returns how many predictions the target now holds for the model. */
        long commit() throws Exception;

        /** Drops whatever was staged; never throws. */
        void abort();

        @Override
        default void close() {
            abort();
        }
    }
}
