package dev.playlens.app.connections;

import dev.playlens.warehouse.Credentials;
import dev.playlens.warehouse.Warehouse;
import dev.playlens.warehouse.Warehouses;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

/** Opens a connection the way the workbench will and runs one query; failures say what to fix. */
public final class ConnectionTester {
    private final Path workspaceDir;

    public ConnectionTester(Path workspaceDir) {
        this.workspaceDir = workspaceDir;
    }

    /** Opens the warehouse of {@code p}; the caller closes it. @throws ConnectionFailedException with a clear message */
    public Warehouse open(ConnectionProfile p, Credentials credentials) {
        String problem = p.problem();
        if (problem != null) throw new ConnectionFailedException(problem);
        try {
            return Warehouses.open(p.location(workspaceDir), credentials);
        } catch (RuntimeException e) {
            throw new ConnectionFailedException(p.isServer() ? ConnectionErrors.describe(p, e)
                    : "Cannot open " + p.database() + ": " + e.getMessage(), e);
        }
    }

    /** "Connected: PostgreSQL 16.4 …" on success. */
    public String test(ConnectionProfile p, Credentials credentials) {
        try (Warehouse w = open(p, credentials); Connection c = w.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT version()")) {
            rs.next();
            String version = rs.getString(1);
            return "Connected: " + (version.length() > 80 ? version.substring(0, 80) + "…" : version);
        } catch (ConnectionFailedException e) {
            throw e;
        } catch (Exception e) {
            throw new ConnectionFailedException(p.isServer() ? ConnectionErrors.describe(p, e) : e.getMessage(), e);
        }
    }

    /** A connection that could not be opened; the message is for the user. */
    public static final class ConnectionFailedException extends RuntimeException {
        public ConnectionFailedException(String message) {
            super(message);
        }

        public ConnectionFailedException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
