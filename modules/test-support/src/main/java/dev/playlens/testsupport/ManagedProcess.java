package dev.playlens.testsupport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * One server process: output appended to a log file, started until a readiness check passes, stopped with
 * the signal that makes that server shut down quickly and cleanly.
 */
final class ManagedProcess {
    private static final Duration STOP_GRACE = Duration.ofSeconds(10);

    private final String name;
    private final List<String> command;
    private final Path log;
    private final Path workDir;
    private final Map<String, String> environment;
    private final String stopSignal;
    private final ProcessSpawner spawner;
    private Process process;

    /**
     * @param stopSignal the signal for a clean, fast stop: "INT" for PostgreSQL (fast shutdown; TERM would
     *                   wait for every client to disconnect), "TERM" for the others
     */
    ManagedProcess(String name, List<String> command, Path log, Path workDir, Map<String, String> environment,
                   String stopSignal, ProcessSpawner spawner) {
        this.name = name;
        this.command = List.copyOf(command);
        this.log = log;
        this.workDir = workDir;
        this.environment = Map.copyOf(environment);
        this.stopSignal = stopSignal;
        this.spawner = spawner;
    }

    /**
     * Starts the server, which is to listen on {@code port}, and waits until {@code ready} is true; on failure the
     * process is gone and the log tail is in the message. A port some other process holds fails at once (a
     * readiness probe could otherwise be answered by that process).
     */
    synchronized void start(int port, BooleanSupplier ready, Duration timeout) {
        if (isRunning()) return;
        if (!FreePorts.isFree(port)) {
            throw new ServerStartException(name + " cannot start: 127.0.0.1:" + port + " is already in use by another process", "");
        }
        start(ready, timeout, false);
    }

    private void start(BooleanSupplier ready, Duration timeout, boolean oneShot) {
        if (isRunning()) return;
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        builder.environment().putAll(environment);
        process = spawner.start(builder);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            if (!process.isAlive()) {
                int code = process.exitValue();
                process = null;
                if (oneShot && code == 0) return;
                throw new ServerStartException(name + " exited with code " + code + " while starting", logTail());
            }
            if (ready.getAsBoolean()) {
                if (process.isAlive()) return;
                continue; // something else answered; the exit is reported above
            }
            if (System.nanoTime() > deadline) {
                stop();
                throw new ServerStartException(name + " was not ready after " + timeout.toSeconds() + " s", logTail());
            }
            sleep(25);
        }
    }

    /** Runs the command once and waits for it to exit 0. */
    synchronized void runToCompletion(Duration timeout) {
        start(() -> false, timeout, true);
    }

    synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** Kills the process at once (SIGKILL) and waits for it to exit; a no-op when it is not running. */
    synchronized void kill() {
        if (process == null) return;
        Process p = process;
        process = null;
        p.destroyForcibly();
        try {
            p.waitFor(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops the process and waits for it to exit; a no-op when it is not running. */
    synchronized void stop() {
        if (process == null) return;
        Process p = process;
        process = null;
        if (!p.isAlive()) return;
        long t0 = System.nanoTime();
        signal(p, stopSignal);
        try {
            if (!p.waitFor(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                p.waitFor(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        System.err.printf("playlens-test-support: %s stopped in %d ms%n", name, (System.nanoTime() - t0) / 1_000_000);
    }

    /** The last lines of the server's log, for error messages. */
    String logTail() {
        try {
            if (!Files.exists(log)) return "(no log at " + log + ")";
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            int from = Math.max(0, lines.size() - 25);
            return "last lines of " + log + ":\n  " + String.join("\n  ", lines.subList(from, lines.size()));
        } catch (IOException e) {
            return "(log " + log + " unreadable: " + e.getMessage() + ")";
        }
    }

    private void signal(Process p, String signal) {
        if (signal.equals("TERM")) {
            p.destroy();
            return;
        }
        try {
            // Java can only send TERM and KILL; the kill(1) command sends the others.
            Process kill = new ProcessBuilder("kill", "-s", signal, Long.toString(p.pid()))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (kill.waitFor(5, TimeUnit.SECONDS) && kill.exitValue() == 0) return;
        } catch (IOException e) {
            // fall through to TERM
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        p.destroy();
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a server", e);
        }
    }
}
