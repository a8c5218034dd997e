package dev.playlens.warehouse.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Lists local telemetry files ({@code *.json}, {@code *.jsonl}, {@code *.gz}) as {@link SourceFile}s. Keys
 * are the paths relative to the listed folder with '/' separators, so the journal entries are the same
 * when the folder moves; sorted by key so that "first occurrence wins" follows a stable file order.
 */
public final class LocalSourceFiles {
    private LocalSourceFiles() {
    }

    /** Every matching regular file under {@code root} (recursive), or {@code root} itself when it is a file. */
    public static List<SourceFile> under(Path root) throws IOException {
        if (Files.isRegularFile(root)) {
            return List.of(of(root, root.getFileName().toString()));
        }
        if (!Files.isDirectory(root)) throw new IOException("no such file or folder: " + root);
        List<SourceFile> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile).filter(LocalSourceFiles::isTelemetry)::iterator) {
                String key = root.relativize(p).toString().replace('\\', '/');
                files.add(of(p, key));
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        files.sort(Comparator.comparing(SourceFile::key));
        return files;
    }

    /** One file with an explicit journal key. */
    public static SourceFile of(Path file, String key) throws IOException {
        BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class);
        // size + modification time: changes whenever the file is rewritten, without reading it twice.
        String etag = Long.toHexString(attrs.size()) + "-" + Long.toHexString(attrs.lastModifiedTime().toMillis());
        return new LocalFile(file, key, attrs.size(), etag);
    }

    static boolean isTelemetry(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".json") || name.endsWith(".jsonl") || name.endsWith(".gz");
    }

    private record LocalFile(Path path, String key, long size, String etag) implements SourceFile {
        @Override
        public InputStream open() throws IOException {
            return Files.newInputStream(path);
        }

        @Override
        public String toString() {
            return path.toString();
        }
    }
}
