package dev.playlens.app.connections;

import java.util.List;

/** The content of the workspace's {@code connections.json}: saved connections, no passwords. */
public record ConnectionsFile(List<ConnectionProfile> connections) {
    public static final String FILE_NAME = "connections.json";

    public ConnectionsFile {
        connections = connections == null ? List.of() : List.copyOf(connections);
    }

    public static ConnectionsFile empty() {
        return new ConnectionsFile(List.of());
    }
}
