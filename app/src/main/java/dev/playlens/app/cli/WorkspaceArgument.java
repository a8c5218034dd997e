package dev.playlens.app.cli;

import dev.playlens.app.workspace.Workspace;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The workspace named by a bare argument, as the desktop passes it when a workspace file is opened:
 * a {@code .playlens} file (its folder is the workspace), a {@code workspace.json}, or the folder itself.
 */
final class WorkspaceArgument {
    static final String FILE_EXTENSION = ".playlens";

    private WorkspaceArgument() {
    }

    /** The workspace folder, or empty when {@code arg} names none (a mistyped command, most likely). */
    static Optional<Path> folderOf(Path arg) {
        Path path = arg.toAbsolutePath().normalize();
        Path folder = Files.isDirectory(path) ? path : path.getParent();
        boolean workspaceFile = Files.isRegularFile(path)
                && (path.getFileName().toString().endsWith(FILE_EXTENSION)
                || path.getFileName().toString().equals(Workspace.FILE_NAME));
        if (folder == null || !(Files.isDirectory(path) || workspaceFile)) return Optional.empty();
        return Workspace.exists(folder) ? Optional.of(folder) : Optional.empty();
    }
}
