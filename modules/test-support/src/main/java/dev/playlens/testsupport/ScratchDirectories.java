package dev.playlens.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;

/**
 * The temp directories of one test JVM's servers: {@code root} in java.io.tmpdir for logs and data, and
 * {@code fastRoot} on tmpfs (/dev/shm) when it has room, for PostgreSQL, whose initdb is disk-bound (0.7 s on
 * tmpfs against 2-6 s on a busy disk). Each holds the owner's pid so that leftovers of killed JVMs are removed.
 */
record ScratchDirectories(Path root, Path fastRoot) {
    private static final String PREFIX = "playlens-servers-";
    private static final String OWNER_FILE = "owner.pid";
    private static final Path TMPFS = Path.of("/dev/shm");
    private static final long TMPFS_MIN_FREE = 4L << 30;

    /** @param shared whether other users (the non-root server user) must be able to enter the roots */
    static ScratchDirectories create(boolean shared) {
        deleteLeftoversOfDeadRuns();
        Path root = newRoot(Path.of(System.getProperty("java.io.tmpdir")), shared);
        Path fast = tmpfsWithRoom() ? newRoot(TMPFS, shared) : root;
        return new ScratchDirectories(root, fast);
    }

    void delete() {
        FileTrees.deleteRecursively(root);
        if (!fastRoot.equals(root)) FileTrees.deleteRecursively(fastRoot);
    }

    @Override
    public String toString() {
        return fastRoot.equals(root) ? root.toString() : root + " and " + fastRoot;
    }

    private static Path newRoot(Path parent, boolean shared) {
        try {
            Path root = Files.createTempDirectory(parent, PREFIX);
            Files.writeString(root.resolve(OWNER_FILE), Long.toString(ProcessHandle.current().pid()));
            if (shared) Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxr-xr-x"));
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the test servers' temp directory in " + parent, e);
        }
    }

    private static boolean tmpfsWithRoom() {
        if (!Boolean.parseBoolean(System.getProperty("playlens.servers.tmpfs", "true"))) return false;
        try {
            return Files.isDirectory(TMPFS) && Files.isWritable(TMPFS)
                    && Files.getFileStore(TMPFS).getUsableSpace() > TMPFS_MIN_FREE;
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    /** Removes roots of test JVMs that died without cleaning up (their servers died with them). */
    private static void deleteLeftoversOfDeadRuns() {
        for (Path parent : List.of(Path.of(System.getProperty("java.io.tmpdir")), TMPFS)) {
            if (!Files.isDirectory(parent)) continue;
            try (DirectoryStream<Path> roots = Files.newDirectoryStream(parent, PREFIX + "*")) {
                for (Path root : roots) {
                    boolean ownerAlive = ownerPid(root).flatMap(ProcessHandle::of).map(ProcessHandle::isAlive).orElse(false);
                    if (!ownerAlive) FileTrees.deleteRecursively(root);
                }
            } catch (IOException | RuntimeException e) {
                // best effort only
            }
        }
    }

    private static Optional<Long> ownerPid(Path root) {
        try {
            return Optional.of(Long.parseLong(Files.readString(root.resolve(OWNER_FILE)).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
