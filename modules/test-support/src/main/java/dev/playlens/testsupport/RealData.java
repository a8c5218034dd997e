package dev.playlens.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the real public data sets kept in {@code shared/realdata} beside the checkout
 * (see its README for sources and sanity figures).
 */
public final class RealData {
    private RealData() {
    }

    /** The folder {@code shared/realdata}, found by walking up from the working directory. */
    public static Path root() {
        String override = System.getProperty("playlens.realdata", System.getenv("PLAYLENS_REALDATA"));
        if (override != null) return Path.of(override);
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("shared/realdata");
            if (Files.isDirectory(candidate)) return candidate;
            candidate = p.resolveSibling("shared").resolve("realdata");
            if (Files.isDirectory(candidate)) return candidate;
        }
        throw new IllegalStateException("shared/realdata not found above " + Path.of("").toAbsolutePath()
                + "; set PLAYLENS_REALDATA");
    }

    public static Path file(String relative) {
        Path p = root().resolve(relative);
        if (!Files.exists(p)) throw new IllegalStateException("real data file missing: " + p);
        return p;
    }
}
