package dev.playlens.testsupport;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * A PostgreSQL server on 127.0.0.1 for this test JVM. One superuser ({@link #user()}) with an md5-stored
 * password (so pgbouncer can log in as it too); the default database {@code playlens} is shared by every test,
 * {@link #newDatabase} gives a test a database of its own. Tuned for tests: fsync and synchronous commit off.
 */
public final class PostgresServer {
    static final String USER = "playlens";
    static final String PASSWORD = "playlens";
    static final String DATABASE = "playlens";
    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private static final org.postgresql.Driver DRIVER = new org.postgresql.Driver();

    private final ManagedProcess process;
    private final int port;
    private final String version;

    private PostgresServer(ManagedProcess process, int port, String version) {
        this.process = process;
        this.port = port;
        this.version = version;
    }

    static PostgresServer launch(ServerContext context) {
        long t0 = System.nanoTime();
        Path bin = PostgresBinaries.locate();
        Path home = context.nonRootDirectory("postgres");
        Path passwordFile = home.resolve("password");
        ServerContext.writeFile(passwordFile, PASSWORD + "\n");
        context.handOver(passwordFile);
        Path data = context.nonRootFastDirectory("postgres").resolve("data");
        context.runToCompletionAsNonRoot("initdb", home, List.of(bin.resolve("initdb").toString(),
                "-D", data.toString(), "-U", USER, "--pwfile=" + passwordFile, "--auth=md5",
                "-E", "UTF8", "--locale=C", "--no-sync"), START_TIMEOUT);
        long initdbMillis = (System.nanoTime() - t0) / 1_000_000;
        PostgresServer server = context.onFreePort(port -> launchOn(context, bin, home, data, port));
        ServerContext.announce("PostgreSQL " + server.version + " (initdb " + initdbMillis + " ms)", server.port, t0);
        return server;
    }

    private static PostgresServer launchOn(ServerContext context, Path bin, Path home, Path data, int port) {
        ManagedProcess process = context.nonRootProcess("postgres", home, List.of(bin.resolve("postgres").toString(),
                "-D", data.toString(), "-p", Integer.toString(port),
                "-c", "listen_addresses=" + FreePorts.HOST, "-c", "unix_socket_directories=",
                "-c", "password_encryption=md5", "-c", "max_connections=200",
                "-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off",
                "-c", "log_min_messages=warning"), Map.of("LC_ALL", "C"), "INT");
        String url = "jdbc:postgresql://" + FreePorts.HOST + ":" + port + "/postgres";
        process.start(port, () -> FreePorts.accepts(port) && canConnect(url), START_TIMEOUT);
        try (Connection c = connect(url); Statement s = c.createStatement()) {
            // Re-store the password as md5 (initdb hashed it with SCRAM): pgbouncer's auth_type=md5 needs that.
            s.execute("ALTER ROLE " + USER + " PASSWORD '" + PASSWORD + "'");
            s.execute("CREATE DATABASE " + DATABASE);
            try (ResultSet rs = s.executeQuery("SHOW server_version")) {
                rs.next();
                return new PostgresServer(process, port, rs.getString(1));
            }
        } catch (SQLException e) {
            process.stop();
            throw new ServerStartException("PostgreSQL started but could not be set up: " + e.getMessage(), process.logTail());
        }
    }

    /** JDBC URL of the shared {@code playlens} database. */
    public String jdbcUrl() {
        return jdbcUrl(DATABASE);
    }

    /** JDBC URL of the given database on this server. */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + FreePorts.HOST + ":" + port + "/" + validName(database);
    }

    public String user() {
        return USER;
    }

    public String password() {
        return PASSWORD;
    }

    public String host() {
        return FreePorts.HOST;
    }

    public int port() {
        return port;
    }

    /** The server's version string, e.g. "14.22". */
    public String version() {
        return version;
    }

    /**
     * Creates an empty database, dropping any earlier one of that name (and its connections) first, and returns
     * its JDBC URL. Names: lower-case letters, digits and underscores.
     */
    public String newDatabase(String name) {
        String database = validName(name);
        if (database.equals(DATABASE) || database.equals("postgres") || database.startsWith("template")) {
            throw new IllegalArgumentException("database name '" + name + "' is reserved by the test server");
        }
        try (Connection c = connect(jdbcUrl("postgres")); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + database + " on " + jdbcUrl("postgres"), e);
        }
        return jdbcUrl(database);
    }

    /** A new JDBC connection to the shared database as {@link #user()}. */
    public Connection connect() throws SQLException {
        return connect(jdbcUrl());
    }

    void stop() {
        process.stop();
    }

    private static String validName(String name) {
        if (name == null || !DATABASE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("invalid database name '" + name
                    + "': use 1-63 lower-case letters, digits and underscores, not starting with a digit");
        }
        return name;
    }

    private static boolean canConnect(String url) {
        try (Connection c = connect(url)) {
            return c.isValid(5);
        } catch (SQLException e) {
            return false; // "the database system is starting up"
        }
    }

    private static Connection connect(String url) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", USER);
        props.setProperty("password", PASSWORD);
        props.setProperty("connectTimeout", "5");
        // The driver directly, not DriverManager: another driver on a test classpath must not claim the URL.
        Connection connection = DRIVER.connect(url, props);
        if (connection == null) throw new SQLException("the PostgreSQL driver rejected " + url);
        return connection;
    }
}
