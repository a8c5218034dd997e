package dev.playlens.app.cli;

import dev.playlens.core.job.JobContext;

import java.io.PrintWriter;

/**
 * A job's progress on stderr: a redrawn bar when stderr is a terminal, otherwise an occasional line
 * (so logs of scheduled runs stay short). Cancellation follows the thread's interrupt flag.
 */
public final class ConsoleProgress implements JobContext {
    private static final int BAR_WIDTH = 28;
    private final PrintWriter err;
    private final boolean terminal;
    private final long minIntervalNanos;
    private long lastPrint;
    private boolean barDrawn;
    private String lastLine = "";

    public ConsoleProgress(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
        this.minIntervalNanos = terminal ? 100_000_000L : 2_000_000_000L;
    }

    /** A terminal check for stderr: the JDK only tells whether the process has a console at all. */
    public static boolean stderrIsTerminal() {
        var console = System.console();
        return console != null && console.isTerminal() && System.getenv("TERM") != null;
    }

    @Override
    public synchronized void progress(long done, long total, String message) {
        long now = System.nanoTime();
        boolean last = total > 0 && done >= total;
        if (!last && lastPrint != 0 && now - lastPrint < minIntervalNanos) return;
        lastPrint = now;
        String msg = message == null ? "" : message;
        if (terminal) {
            err.print("\r" + bar(done, total) + " " + truncate(msg, 60) + "\u001b[K");
            barDrawn = true;
        } else {
            String line = total > 0 ? String.format("%3d%% %s", percent(done, total), msg) : msg;
            if (line.equals(lastLine)) return;
            lastLine = line;
            err.println(line);
        }
        err.flush();
    }

    /** Ends the bar's line so the next output starts clean. */
    public synchronized void finish() {
        if (barDrawn) {
            err.println();
            err.flush();
            barDrawn = false;
        }
    }

    @Override
    public boolean isCancelled() {
        return Thread.currentThread().isInterrupted();
    }

    private static String bar(long done, long total) {
        if (total <= 0) return "[" + "~".repeat(BAR_WIDTH) + "]     ";
        int filled = (int) (BAR_WIDTH * Math.min(1.0, (double) done / total));
        return "[" + "#".repeat(filled) + "-".repeat(BAR_WIDTH - filled) + "] " + String.format("%3d%%", percent(done, total));
    }

    private static int percent(long done, long total) {
        return (int) Math.min(100, 100 * done / Math.max(1, total));
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
