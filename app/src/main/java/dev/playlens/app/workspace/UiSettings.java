package dev.playlens.app.workspace;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Per-user UI preferences kept in the data dir (not in a workspace): the theme. */
public record UiSettings(boolean dark) {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** Reads the file; a missing or unreadable file gives the defaults (preferences are not worth failing over). */
    public static UiSettings read(Path file) {
        if (!Files.isRegularFile(file)) return new UiSettings(false);
        try {
            return MAPPER.readValue(file.toFile(), UiSettings.class);
        } catch (IOException e) {
            return new UiSettings(false);
        }
    }

    public void write(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), ".ui", ".tmp");
        MAPPER.writeValue(tmp.toFile(), this);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
