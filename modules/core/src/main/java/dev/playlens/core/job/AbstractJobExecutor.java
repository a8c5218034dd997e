package dev.playlens.core.job;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** Bookkeeping shared by executors: the active list and submit listeners. */
abstract class AbstractJobExecutor implements JobExecutor {
    private final List<JobHandle<?>> active = new CopyOnWriteArrayList<>();
    private final List<Consumer<JobHandle<?>>> submitListeners = new CopyOnWriteArrayList<>();

    protected <T> JobHandle<T> register(String name) {
        JobHandle<T> handle = new JobHandle<>(name);
        active.add(handle);
        handle.result().whenComplete((v, e) -> active.remove(handle));
        submitListeners.forEach(l -> l.accept(handle));
        return handle;
    }

    @Override
    public List<JobHandle<?>> active() {
        return new ArrayList<>(active);
    }

    @Override
    public void addSubmitListener(Consumer<JobHandle<?>> listener) {
        submitListeners.add(listener);
    }
}
