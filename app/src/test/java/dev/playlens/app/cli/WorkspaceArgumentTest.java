package dev.playlens.app.cli;

import dev.playlens.app.workspace.Workspace;
import dev.playlens.app.workspace.WorkspaceSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Opening a workspace file from the desktop: the launcher gets the file as its only argument. */
class WorkspaceArgumentTest {
    @TempDir
    Path tmp;

    @Test
    void aPlaylensFileOpensItsFolder() throws IOException {
        Path ws = workspace("game");
        Path file = Files.writeString(ws.resolve("Game.playlens"), "");
        assertThat(WorkspaceArgument.folderOf(file)).contains(ws);
        assertThat(openedBy(file.toString())).containsExactly(ws);
    }

    @Test
    void theWorkspaceJsonOrTheFolderOpenTheWorkspace() {
        Path ws = workspace("game");
        assertThat(WorkspaceArgument.folderOf(ws.resolve(Workspace.FILE_NAME))).contains(ws);
        assertThat(WorkspaceArgument.folderOf(ws)).contains(ws);
    }

    @Test
    void otherFilesAndFoldersWithoutAWorkspaceAreNotOpened() throws IOException {
        Path ws = workspace("game");
        assertThat(WorkspaceArgument.folderOf(Files.writeString(ws.resolve("notes.txt"), ""))).isEmpty();
        assertThat(WorkspaceArgument.folderOf(Files.createDirectories(tmp.resolve("empty")))).isEmpty();
        assertThat(WorkspaceArgument.folderOf(tmp.resolve("missing.playlens"))).isEmpty();
    }

    @Test
    void aMistypedCommandStaysBadUsage() {
        StringWriter err = new StringWriter();
        int code = new Cli(Map.of(), (w, s) -> 0).execute(new String[]{"frobnicate"},
                new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("frobnicate");
    }

    private List<Path> openedBy(String... args) {
        List<Path> opened = new ArrayList<>();
        int code = new Cli(Map.of(), (w, s) -> {
            opened.add(w);
            return 0;
        }).execute(args, new PrintWriter(new StringWriter(), true), new PrintWriter(new StringWriter(), true));
        assertThat(code).isZero();
        return opened;
    }

    private Path workspace(String name) {
        return Workspace.create(tmp.resolve(name), WorkspaceSettings.named(name, "levels.json")).dir();
    }
}
