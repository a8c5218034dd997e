package dev.playlens.app.heatmaps;

/**
 * Runs an action once, a moment after the last of a burst of requests (slider drags, zoom wheel ticks). The
 * timer is injected: the screen uses a JavaFX pause, tests fire it by hand.
 */
public final class Debouncer {
    /** Starts a one-shot timer that runs {@code action}; returns what stops it. */
    @FunctionalInterface
    public interface Timer {
        Runnable start(Runnable action);
    }

    private final Timer timer;
    private final Runnable action;
    private Runnable stopPending;

    public Debouncer(Timer timer, Runnable action) {
        this.timer = timer;
        this.action = action;
    }

    /** (Re)starts the wait: only the last request of a burst runs the action. */
    public void request() {
        cancel();
        stopPending = timer.start(() -> {
            stopPending = null;
            action.run();
        });
    }

    public void cancel() {
        if (stopPending != null) stopPending.run();
        stopPending = null;
    }

    public boolean isPending() {
        return stopPending != null;
    }
}
