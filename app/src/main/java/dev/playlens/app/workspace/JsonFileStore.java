package dev.playlens.app.workspace;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Supplier;

/**
 * One JSON file of a screen's saved state in the workspace folder (saved locations, connections, publish
 * targets, calibrations …). Each screen owns its own file so workspace.json stays small and stable; writes
 * are atomic (temporary file + rename) so a crash never leaves half a file. Never store secrets here.
 */
public final class JsonFileStore<T> {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final Path file;
    private final Class<T> type;
    private final Supplier<T> empty;

    public JsonFileStore(Path file, Class<T> type, Supplier<T> empty) {
        this.file = file;
        this.type = type;
        this.empty = empty;
    }

    /** A store for {@code fileName} in the workspace folder. */
    public static <T> JsonFileStore<T> in(Workspace workspace, String fileName, Class<T> type, Supplier<T> empty) {
        return new JsonFileStore<>(workspace.dir().resolve(fileName), type, empty);
    }

    public Path file() {
        return file;
    }

    /** The saved value, or the empty value when nothing was saved yet; the error names the file. */
    public T read() {
        if (!Files.isRegularFile(file)) return empty.get();
        try {
            return MAPPER.readValue(file.toFile(), type);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    public void write(T value) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".tmp");
            MAPPER.writeValue(tmp.toFile(), value);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
