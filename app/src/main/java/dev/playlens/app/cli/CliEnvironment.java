package dev.playlens.app.cli;

import java.util.Map;

/** What commands get from outside: the environment variables (for credentials and data dirs) and the GUI. */
public record CliEnvironment(Map<String, String> env, GuiStarter gui) {
    public CliEnvironment {
        env = Map.copyOf(env);
    }
}
