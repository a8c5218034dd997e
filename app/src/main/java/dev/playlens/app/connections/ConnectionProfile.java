package dev.playlens.app.connections;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A saved warehouse connection, as kept in the workspace's {@code connections.json}: never a password (that
 * lives in the OS keychain or is asked for). {@code engine} is duckdb, postgresql or redshift; for duckdb only
 * {@code database} is used, as the database file (relative to the workspace folder unless absolute).
 *
 * @param sslMode disable, prefer, require, verify-ca or verify-full (PostgreSQL's names; mapped for Redshift)
 * @param auth    {@value #PASSWORD}, or {@value #IAM} for Redshift: the driver signs in with the AWS credentials
 *                of the environment or profile (no password) and gets temporary database credentials for
 *                {@code user}
 */
public record ConnectionProfile(String name, String engine, String host, int port, String database, String user,
                                String sslMode, String auth) {
    public static final int CONNECT_TIMEOUT_SECONDS = 10;
    public static final String PASSWORD = "password";
    public static final String IAM = "iam";

    public ConnectionProfile {
        engine = engine == null ? "postgresql" : engine.toLowerCase(Locale.ROOT);
        sslMode = sslMode == null || sslMode.isBlank() ? "prefer" : sslMode;
        auth = auth == null || auth.isBlank() ? PASSWORD : auth.toLowerCase(Locale.ROOT);
    }

    /** A profile signing in with a password. */
    public ConnectionProfile(String name, String engine, String host, int port, String database, String user,
                             String sslMode) {
        this(name, engine, host, port, database, user, sslMode, PASSWORD);
    }

    public static int defaultPort(String engine) {
        return "redshift".equals(engine) ? 5439 : "postgresql".equals(engine) ? 5432 : 0;
    }

    @JsonIgnore // derived from engine, not saved
    public boolean isServer() {
        return !"duckdb".equals(engine);
    }

    /** Whether opening it needs a password (kept in the keychain or asked for). */
    @JsonIgnore
    public boolean usesPassword() {
        return isServer() && !IAM.equals(auth);
    }

    /** What is wrong with the form, or null when it can be saved. */
    public String problem() {
        if (name == null || name.isBlank()) return "give the connection a name";
        if (!engine.equals("duckdb") && !engine.equals("postgresql") && !engine.equals("redshift")) {
            return "unknown engine '" + engine + "': duckdb, postgresql or redshift";
        }
        if (database == null || database.isBlank()) return isServer() ? "enter the database name" : "enter the database file";
        if (!isServer()) return null;
        if (host == null || host.isBlank()) return "enter the server's host name";
        if (port < 1 || port > 65_535) return "the port must be between 1 and 65535";
        if (user == null || user.isBlank()) return "enter the database user";
        if (!PASSWORD.equals(auth) && !IAM.equals(auth)) return "unknown sign-in '" + auth + "': password or iam";
        if (IAM.equals(auth) && !"redshift".equals(engine)) return "IAM sign-in is for Redshift connections";
        if (IAM.equals(auth) && "disable".equals(sslMode)) return "IAM sign-in needs SSL";
        return null;
    }

    /**
     * The warehouse location for {@code Warehouses.open}: {@code duckdb:FILE} or a JDBC URL with SSL and a
     * connect timeout, never a password.
     */
    public String location(java.nio.file.Path workspaceDir) {
        if (!isServer()) return "duckdb:" + workspaceDir.resolve(database).normalize();
        String base = "jdbc:" + engine + "://" + host.strip() + ":" + port + "/" + encode(database.strip());
        if ("redshift".equals(engine)) {
            String ssl = "disable".equals(sslMode) ? "ssl=false"
                    : sslMode.startsWith("verify") ? "ssl=true&sslmode=" + sslMode : "ssl=true";
            if (IAM.equals(auth)) {
                // the driver's IAM form: AWS credentials from the environment / profile, DbUser for the database
                return "jdbc:redshift:iam://" + host.strip() + ":" + port + "/" + encode(database.strip()) + "?" + ssl
                        + "&DbUser=" + encode(user.strip()) + "&loginTimeout=" + CONNECT_TIMEOUT_SECONDS;
            }
            return base + "?" + ssl + "&loginTimeout=" + CONNECT_TIMEOUT_SECONDS;
        }
        return base + "?sslmode=" + sslMode + "&connectTimeout=" + CONNECT_TIMEOUT_SECONDS
                + "&loginTimeout=" + CONNECT_TIMEOUT_SECONDS;
    }

    /** The key of this connection's password in the keychain: user@host:port/database. */
    public String account() {
        return user + "@" + host + ":" + port + "/" + database;
    }

    /** "name — engine host:port/db" for choosers. */
    public String label() {
        if (!isServer()) return name + "  (duckdb " + database + ")";
        return name + "  (" + engine + (IAM.equals(auth) ? " IAM " : " ") + host + ":" + port + "/" + database + ")";
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
