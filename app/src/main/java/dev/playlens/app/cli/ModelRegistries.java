package dev.playlens.app.cli;

import dev.playlens.app.workspace.Workspace;
import dev.playlens.ml.registry.ModelRegistry;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;

/**
 * The registry a model command uses: {@code --registry DIR}; else the models/ folder of the workspace given as
 * {@code playlens --workspace DIR <command>}; else ./models.
 */
final class ModelRegistries {
    private ModelRegistries() {
    }

    static ModelRegistry resolve(CommandSpec spec, Path registryOption) {
        return new ModelRegistry(folder(spec, registryOption));
    }

    static Path folder(CommandSpec spec, Path registryOption) {
        if (registryOption != null) return registryOption;
        if (spec.root().userObject() instanceof PlaylensCommand root && root.workspace != null) {
            return Workspace.open(root.workspace).modelsDir();
        }
        return Path.of("models");
    }
}
