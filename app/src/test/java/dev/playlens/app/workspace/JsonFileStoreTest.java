package dev.playlens.app.workspace;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonFileStoreTest {
    record Entry(String name, Instant at) {
    }

    record Saved(List<Entry> entries) {
    }

    @Test
    void writesAtomicallyAndReadsBack(@TempDir Path dir) throws Exception {
        JsonFileStore<Saved> store = new JsonFileStore<>(dir.resolve("sub/saved.json"), Saved.class,
                () -> new Saved(List.of()));
        assertEquals(List.of(), store.read().entries(), "nothing saved yet gives the empty value");

        Saved saved = new Saved(List.of(new Entry("a", Instant.parse("2026-01-02T03:04:05Z"))));
        store.write(saved);
        assertEquals(saved, store.read());
        assertTrue(Files.readString(store.file()).contains("2026-01-02T03:04:05Z"), "instants are written as ISO text");
        try (var files = Files.list(store.file().getParent())) {
            assertEquals(1, files.count(), "no temporary file is left behind");
        }
    }

    @Test
    void aBrokenFileIsNamedInTheError(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{ not json");
        JsonFileStore<Saved> store = new JsonFileStore<>(file, Saved.class, () -> new Saved(List.of()));
        UncheckedIOException e = assertThrows(UncheckedIOException.class, store::read);
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
    }
}
