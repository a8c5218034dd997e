package dev.playlens.app.workspace;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.playlens.core.level.Level;
import dev.playlens.core.level.LevelsFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * A workspace folder: {@code workspace.json}, the embedded {@code warehouse.duckdb}, {@code models/},
 * {@code history/} and {@code journal/}. Plain Java (no JavaFX) so the command line uses it too.
 */
public final class Workspace {
    public static final String FILE_NAME = "workspace.json";
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final Path dir;
    private final WorkspaceSettings settings;

    private Workspace(Path dir, WorkspaceSettings settings) {
        this.dir = dir.toAbsolutePath().normalize();
        this.settings = settings;
    }

    public static boolean exists(Path dir) {
        return Files.isRegularFile(dir.resolve(FILE_NAME));
    }

    /** Opens an existing workspace; the error names the folder and what is wrong with it. */
    public static Workspace open(Path dir) {
        Path file = dir.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("not a Playlens workspace: " + dir.toAbsolutePath() + " has no " + FILE_NAME);
        }
        try {
            return new Workspace(dir, MAPPER.readValue(file.toFile(), WorkspaceSettings.class));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Creates (or overwrites) the workspace file and the standard sub-folders. */
    public static Workspace create(Path dir, WorkspaceSettings settings) {
        Workspace ws = new Workspace(dir, settings);
        ws.save();
        return ws;
    }

    /** Writes workspace.json atomically (temporary file + rename), so a crash never leaves half a file. */
    public void save() {
        try {
            Files.createDirectories(dir);
            for (Path sub : List.of(modelsDir(), historyDir(), journalDir())) Files.createDirectories(sub);
            Path tmp = Files.createTempFile(dir, ".workspace", ".json.tmp");
            MAPPER.writeValue(tmp.toFile(), settings);
            Files.move(tmp, dir.resolve(FILE_NAME), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + dir.resolve(FILE_NAME) + ": " + e.getMessage(), e);
        }
    }

    public Workspace withSettings(WorkspaceSettings newSettings) {
        return new Workspace(dir, newSettings);
    }

    public Path dir() {
        return dir;
    }

    public String name() {
        return settings.name();
    }

    public WorkspaceSettings settings() {
        return settings;
    }

    /** The warehouse location with a relative {@code duckdb:} path resolved against this folder. */
    public String warehouseLocation() {
        String w = settings.warehouse();
        if (w.startsWith("duckdb:")) {
            Path p = Path.of(w.substring("duckdb:".length()));
            return "duckdb:" + dir.resolve(p).normalize();
        }
        return w;
    }

    public Path levelsFile() {
        return settings.levelsFile() == null ? null : dir.resolve(settings.levelsFile()).normalize();
    }

    /** The workspace's levels, or none when it has no levels file yet. */
    public List<Level> levels() {
        Path f = levelsFile();
        return f == null || !Files.isRegularFile(f) ? List.of() : LevelsFile.read(f);
    }

    /** A level's image file (level image paths are relative to the levels file). */
    public Path levelImage(Level level) {
        return levelsFile().getParent().resolve(level.image()).normalize();
    }

    public Path modelsDir() {
        return dir.resolve("models");
    }

    public Path historyDir() {
        return dir.resolve("history");
    }

    public Path journalDir() {
        return dir.resolve("journal");
    }

    @Override
    public String toString() {
        return "Workspace " + name() + " at " + dir;
    }
}
