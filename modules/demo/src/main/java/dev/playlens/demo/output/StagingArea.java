package dev.playlens.demo.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Builds output in a hidden folder inside the target and swaps it in only when complete, so that a
 * cancel or a crash leaves a previous generation in the target untouched. Other files in the target
 * (a workspace's warehouse, say) are never touched.
 */
public final class StagingArea implements AutoCloseable {
    private final Path target;
    private final Path staging;
    private boolean committed;

    public StagingArea(Path target) throws IOException {
        this.target = target;
        this.staging = target.resolve(".demo-staging");
        Files.createDirectories(target);
        deleteTree(staging); // left over from a crashed run
        Files.createDirectories(staging);
    }

    public Path root() {
        return staging;
    }

    /** Moves each named entry of the staging folder into the target, replacing what was there. */
    public void commit(List<String> entries) throws IOException {
        Path old = target.resolve(".demo-replaced");
        deleteTree(old);
        Files.createDirectories(old);
        for (String e : entries) {
            Path dst = target.resolve(e);
            if (Files.exists(dst)) Files.move(dst, old.resolve(e), StandardCopyOption.ATOMIC_MOVE);
            Files.move(staging.resolve(e), dst, StandardCopyOption.ATOMIC_MOVE);
        }
        committed = true;
        deleteTree(old);
        deleteTree(staging);
    }

    @Override
    public void close() throws IOException {
        if (!committed) deleteTree(staging);
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) return;
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot delete " + p, e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
