package dev.playlens.app.cli;

import dev.playlens.ml.registry.ModelRegistry;

import java.nio.file.Path;
import java.util.Map;

/** {@code --registry DIR}, else $PLAYLENS_REGISTRY, else ./models (a workspace's registry when run in it). */
final class RegistryLocation {
    static final String ENV = "PLAYLENS_REGISTRY";

    private RegistryLocation() {
    }

    static ModelRegistry open(Path option, Map<String, String> env) {
        if (option != null) return new ModelRegistry(option);
        String fromEnv = env.get(ENV);
        return new ModelRegistry(fromEnv != null && !fromEnv.isBlank() ? Path.of(fromEnv) : Path.of("models"));
    }
}
