package dev.playlens.core.job;

import java.util.List;

/** The one place jobs run. The app injects a thread pool; tests inject {@link SameThreadJobExecutor}. */
public interface JobExecutor extends AutoCloseable {

    <T> JobHandle<T> submit(String name, Job<T> job);

    /** Jobs submitted and not yet finished, oldest first. */
    List<JobHandle<?>> active();

    /** Called for every job this executor accepts, before it starts; the status bar listens here. */
    void addSubmitListener(java.util.function.Consumer<JobHandle<?>> listener);

    @Override
    void close();
}
