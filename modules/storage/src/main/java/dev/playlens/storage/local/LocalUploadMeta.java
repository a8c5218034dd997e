package dev.playlens.storage.local;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Properties;

/**
 * What a local staged upload folder holds, in its {@code upload.properties}: the key, when it started and, when the
 * caller said so up front, the object size and part size (then parts are written straight to their place in one file).
 */
record LocalUploadMeta(String key, Instant started, long size, long partSize) {
    static final String FILE = "upload.properties";

    /** Parts go straight to their offset in one file, which completing only renames. */
    boolean placed() {
        return partSize > 0;
    }

    void write(Path dir) throws IOException {
        Properties p = new Properties();
        p.setProperty("key", key);
        p.setProperty("started", started.toString());
        if (placed()) {
            p.setProperty("size", Long.toString(size));
            p.setProperty("partSize", Long.toString(partSize));
        }
        try (Writer w = Files.newBufferedWriter(dir.resolve(FILE))) {
            p.store(w, "Playlens staged upload");
        }
    }

    /** Empty when the folder has no readable description (begun and never described: not ours to report). */
    static Optional<LocalUploadMeta> read(Path dir) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(dir.resolve(FILE))) {
            p.load(r);
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        String key = p.getProperty("key");
        if (key == null) return Optional.empty();
        try {
            return Optional.of(new LocalUploadMeta(key, instant(p.getProperty("started")),
                    Long.parseLong(p.getProperty("size", "-1")), Long.parseLong(p.getProperty("partSize", "-1"))));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Instant instant(String text) {
        try {
            return text == null ? null : Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null; // unknown start: counts as old when cleaning
        }
    }
}
