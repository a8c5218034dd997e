package dev.playlens.app.workspace;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where Playlens keeps per-user data: {@code PLAYLENS_DATA_DIR}, else {@code $XDG_DATA_HOME/playlens}, else
 * {@code ~/.local/share/playlens}. The environment is passed in so tests can point it at a temp folder.
 */
public record DataDirs(Path root) {

    public static DataDirs from(Map<String, String> env, String userHome) {
        String override = env.get("PLAYLENS_DATA_DIR");
        if (override != null && !override.isBlank()) return new DataDirs(Path.of(override));
        String xdg = env.get("XDG_DATA_HOME");
        if (xdg != null && !xdg.isBlank()) return new DataDirs(Path.of(xdg, "playlens"));
        return new DataDirs(Path.of(userHome, ".local", "share", "playlens"));
    }

    public static DataDirs fromSystem() {
        return from(System.getenv(), System.getProperty("user.home"));
    }

    /** The demo workspace, generated on first start. */
    public Path demoWorkspace() {
        return root.resolve("demo");
    }

    /** UI preferences (theme, last workspace): not part of any workspace. */
    public Path uiSettingsFile() {
        return root.resolve("ui.json");
    }
}
