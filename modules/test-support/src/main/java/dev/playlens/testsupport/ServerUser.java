package dev.playlens.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The operating-system user the servers run as. PostgreSQL's initdb and pgbouncer refuse to run as root
 * (CI and these machines run as root), so as root the servers run as {@code nobody} through util-linux
 * {@code setpriv}. setpriv also sets the parent-death signal, so a server dies with the test JVM even when
 * that JVM is killed without running its shutdown hooks.
 */
final class ServerUser {
    private static final String NOBODY = "nobody";

    private final Optional<Path> setpriv;
    private final boolean dropRoot;
    private final int uid;
    private final int gid;

    private ServerUser(Optional<Path> setpriv, boolean dropRoot, int uid, int gid) {
        this.setpriv = setpriv;
        this.dropRoot = dropRoot;
        this.uid = uid;
        this.gid = gid;
    }

    static ServerUser detect() {
        Optional<Path> setpriv = Executables.find("setpriv");
        if (!isRoot()) return new ServerUser(setpriv, false, -1, -1);
        if (setpriv.isEmpty()) {
            throw new MissingTestDependencyException("setpriv (needed to run PostgreSQL and pgbouncer as a non-root user)",
                    "install the Debian package util-linux");
        }
        int[] ids = passwdIds(NOBODY).orElseThrow(() -> new IllegalStateException(
                "running as root but there is no '" + NOBODY + "' user in /etc/passwd to run the test servers as"));
        return new ServerUser(setpriv, true, ids[0], ids[1]);
    }

    /** True when servers are started as {@code nobody} because the JVM runs as root. */
    boolean dropsRoot() {
        return dropRoot;
    }

    /** The command, prefixed so that it dies with this JVM and, if asked, runs as the non-root server user. */
    List<String> wrap(List<String> command, boolean asNonRoot) {
        if (setpriv.isEmpty()) return command;
        List<String> wrapped = new ArrayList<>(List.of(setpriv.get().toString()));
        if (dropRoot && asNonRoot) wrapped.addAll(List.of("--reuid=" + uid, "--regid=" + gid, "--clear-groups"));
        wrapped.addAll(List.of("--pdeathsig=KILL", "--"));
        wrapped.addAll(command);
        return wrapped;
    }

    /** Creates (if needed) a directory the server user owns and alone may enter (mode 0700). */
    Path ownedDirectory(Path dir) {
        try {
            Files.createDirectories(dir);
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
            giveAway(dir);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare " + dir, e);
        }
    }

    /** Hands a file or directory to the server user (no-op unless running as root). */
    void giveAway(Path path) throws IOException {
        if (!dropRoot) return;
        Files.setAttribute(path, "unix:uid", uid);
        Files.setAttribute(path, "unix:gid", gid);
    }

    private static boolean isRoot() {
        try {
            return ((Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid")) == 0;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }

    private static Optional<int[]> passwdIds(String user) {
        try {
            for (String line : Files.readAllLines(Path.of("/etc/passwd"))) {
                String[] f = line.split(":");
                if (f.length > 3 && f[0].equals(user)) {
                    return Optional.of(new int[] {Integer.parseInt(f[2]), Integer.parseInt(f[3])});
                }
            }
            return Optional.empty();
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
