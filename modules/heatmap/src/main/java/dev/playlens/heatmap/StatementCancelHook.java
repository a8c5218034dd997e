package dev.playlens.heatmap;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Consumer;

/**
 * Lets a caller cancel the statement a heatmap job is running: pass it as the job's statement listener and
 * wire {@link #cancel()} to the job handle, e.g. {@code handle.onCancel(hook::cancel)}. A statement that
 * starts after cancel was asked for is cancelled at once.
 */
public final class StatementCancelHook implements Consumer<Statement> {
    private Statement current;
    private boolean cancelled;

    @Override
    public synchronized void accept(Statement statement) {
        current = statement;
        if (cancelled) cancelQuietly(statement);
    }

    public synchronized void cancel() {
        cancelled = true;
        if (current != null) cancelQuietly(current);
    }

    public synchronized boolean isCancelled() {
        return cancelled;
    }

    static void cancelQuietly(Statement statement) {
        try {
            statement.cancel();
        } catch (SQLException | RuntimeException ignored) {
            // the statement may have finished or been closed meanwhile; nothing left to stop
        }
    }
}
