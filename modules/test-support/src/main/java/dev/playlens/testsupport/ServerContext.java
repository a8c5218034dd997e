package dev.playlens.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/** What every server needs to start: the run's temp directories, the user to run as, the spawner thread. */
record ServerContext(ScratchDirectories scratch, ServerUser user, ProcessSpawner spawner) {
    private static final int PORT_ATTEMPTS = 4;

    /** A fresh directory under the root for a server that runs as the test JVM's user. */
    Path directory(String name) {
        Path dir = scratch.root().resolve(name);
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir, e);
        }
    }

    /** A fresh directory under the root that only the non-root server user may enter (PostgreSQL, pgbouncer). */
    Path nonRootDirectory(String name) {
        return user.ownedDirectory(scratch.root().resolve(name));
    }

    /** Like {@link #nonRootDirectory} but on tmpfs when there is room (fast scratch for disk-bound servers). */
    Path nonRootFastDirectory(String name) {
        return user.ownedDirectory(scratch.fastRoot().resolve(name));
    }

    /** Hands files written by this JVM to the non-root server user (no-op unless running as root). */
    void handOver(Path... files) {
        try {
            for (Path file : files) user.giveAway(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot hand test server files to the server user", e);
        }
    }

    /** A process run as the test JVM's user that dies with this JVM; output goes to {@code dir/name.log}. */
    ManagedProcess process(String name, Path dir, List<String> command, Map<String, String> env, String stopSignal) {
        return new ManagedProcess(name, user.wrap(command, false), dir.resolve(logName(name)), dir, env, stopSignal,
                spawner);
    }

    /** Like {@link #process} but run as a non-root user when the JVM is root (initdb, postgres, pgbouncer refuse root). */
    ManagedProcess nonRootProcess(String name, Path dir, List<String> command, Map<String, String> env,
                                  String stopSignal) {
        return new ManagedProcess(name, user.wrap(command, true), dir.resolve(logName(name)), dir, env, stopSignal,
                spawner);
    }

    /** Runs a one-shot command (initdb) as the non-root user, failing with its log when it does not exit 0. */
    void runToCompletionAsNonRoot(String name, Path dir, List<String> command, Duration timeout) {
        nonRootProcess(name, dir, command, Map.of(), "TERM").runToCompletion(timeout);
    }

    /**
     * Starts a server on a freshly picked port, picking another when the port was taken between the pick and
     * the server's bind (several test JVMs share this machine).
     */
    <T> T onFreePort(IntFunction<T> startOn) {
        ServerStartException last = null;
        for (int attempt = 0; attempt < PORT_ATTEMPTS; attempt++) {
            int port = FreePorts.pick();
            try {
                return startOn.apply(port);
            } catch (ServerStartException e) {
                if (!portTaken(e)) throw e;
                last = e;
            }
        }
        throw last;
    }

    static void announce(String server, int port, long startNanos) {
        System.err.printf("playlens-test-support: %s on 127.0.0.1:%d started in %d ms%n",
                server, port, (System.nanoTime() - startNanos) / 1_000_000);
    }

    static void writeFile(Path file, String content) {
        try {
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static boolean portTaken(ServerStartException e) {
        String m = e.getMessage();
        return m.contains("already in use") || m.contains("EADDRINUSE") || m.contains("could not bind");
    }

    private static String logName(String name) {
        return name.toLowerCase().replaceAll("[^a-z0-9]+", "-") + ".log";
    }
}
