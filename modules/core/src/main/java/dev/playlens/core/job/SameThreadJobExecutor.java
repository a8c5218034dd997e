package dev.playlens.core.job;

/** Runs each job to completion inside {@code submit}; for tests and the command line. */
public final class SameThreadJobExecutor extends AbstractJobExecutor {

    @Override
    public <T> JobHandle<T> submit(String name, Job<T> job) {
        JobHandle<T> handle = register(name);
        handle.runHere(job);
        return handle;
    }

    @Override
    public void close() {
    }
}
