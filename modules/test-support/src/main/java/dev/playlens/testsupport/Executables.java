package dev.playlens.testsupport;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Finds server binaries on PATH and in the Debian locations that are not on a normal user's PATH. */
final class Executables {
    private static final List<String> EXTRA_DIRS = List.of("/usr/sbin", "/usr/local/sbin", "/sbin", "/usr/bin", "/bin");

    private Executables() {
    }

    static Optional<Path> find(String name) {
        List<String> dirs = new ArrayList<>();
        String path = System.getenv("PATH");
        if (path != null) dirs.addAll(List.of(path.split(File.pathSeparator)));
        dirs.addAll(EXTRA_DIRS);
        for (String dir : dirs) {
            if (dir.isEmpty()) continue;
            Path candidate = Path.of(dir, name);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) return Optional.of(candidate);
        }
        return Optional.empty();
    }

    /** The binary, or a {@link MissingTestDependencyException} naming the Debian package that provides it. */
    static Path require(String name, String debianPackage) {
        return find(name).orElseThrow(() -> new MissingTestDependencyException(
                "'" + name + "'", "apt-get install " + debianPackage));
    }

    /** The directory above the working directory that contains {@code relative}, e.g. tools/azurite. */
    static Optional<Path> aboveWorkingDirectory(String relative) {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve(relative);
            if (Files.exists(candidate)) return Optional.of(candidate);
        }
        return Optional.empty();
    }
}
