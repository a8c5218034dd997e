package dev.playlens.app.shell;

import dev.playlens.core.job.JobExecutor;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Turns an {@link OutOfMemoryError} — on the FX thread, on any other thread, or inside a job — into one clear
 * dialog instead of a stack trace on a console an installed app does not have. A small reserve is released
 * first so the dialog itself can still be built.
 */
public final class OutOfMemoryGuard {
    private static final int RESERVE_BYTES = 8 << 20;

    private final long maxHeapBytes;
    private final Consumer<String> dialog;
    private final AtomicBoolean showing = new AtomicBoolean();
    @SuppressWarnings("unused") // held, and dropped on the first out-of-memory, to make room for the dialog
    private volatile byte[] reserve = new byte[RESERVE_BYTES];

    /** @param dialog shows the message; called at most once until {@link #dialogClosed()} */
    OutOfMemoryGuard(long maxHeapBytes, Consumer<String> dialog) {
        this.maxHeapBytes = maxHeapBytes;
        this.dialog = dialog;
    }

    /** The GUI's guard: a JavaFX alert naming the heap limit and how to raise it. */
    public static OutOfMemoryGuard withAlert() {
        OutOfMemoryGuard[] self = new OutOfMemoryGuard[1];
        self[0] = new OutOfMemoryGuard(Runtime.getRuntime().maxMemory(), message -> Platform.runLater(() -> {
            Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
            alert.setTitle("Playlens");
            alert.setHeaderText("Playlens ran out of memory");
            alert.getDialogPane().setPrefWidth(520);
            alert.setOnHidden(e -> self[0].dialogClosed());
            alert.show();
        }));
        return self[0];
    }

    /** Watches uncaught errors of every thread and the result of every job {@code executor} runs. */
    public void install(JobExecutor executor) {
        Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> {
            if (report(error)) return;
            if (previous != null) {
                previous.uncaughtException(thread, error);
            } else {
                System.err.print("Exception in thread \"" + thread.getName() + "\" ");
                error.printStackTrace();
            }
        });
        executor.addSubmitListener(job -> job.result().whenComplete((result, error) -> report(error)));
    }

    /** @return whether {@code error} was (caused by) an out-of-memory error, now reported */
    boolean report(Throwable error) {
        if (!isOutOfMemory(error)) return false;
        reserve = null;
        if (showing.compareAndSet(false, true)) dialog.accept(message(maxHeapBytes));
        return true;
    }

    void dialogClosed() {
        showing.set(false);
    }

    static boolean isOutOfMemory(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OutOfMemoryError) return true;
        }
        return false;
    }

    static String message(long maxHeapBytes) {
        String limit = String.format(Locale.ROOT, "%.1f GB", maxHeapBytes / (1024.0 * 1024 * 1024));
        return "The last operation needed more than the " + limit + " of memory Playlens may use, and was"
                + " stopped. Save your work and restart Playlens.\n\nFor larger jobs, narrow the query (fewer days,"
                + " levels or versions), close other programs, or raise -XX:MaxRAMPercentage in"
                + " lib/app/Playlens.cfg in the installation folder.";
    }
}
