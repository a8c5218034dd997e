package dev.playlens.app.connections;

import dev.playlens.app.workspace.JsonFileStore;

import java.nio.file.Path;
import java.util.List;

/** The workspace's saved connections in {@code connections.json} (names, hosts, users; never passwords). */
public final class ConnectionStore {
    private final JsonFileStore<ConnectionsFile> file;

    public ConnectionStore(Path workspaceDir) {
        this.file = new JsonFileStore<>(workspaceDir.resolve(ConnectionsFile.FILE_NAME), ConnectionsFile.class,
                ConnectionsFile::empty);
    }

    public List<ConnectionProfile> load() {
        return file.read().connections();
    }

    public void save(List<ConnectionProfile> connections) {
        file.write(new ConnectionsFile(connections));
    }
}
