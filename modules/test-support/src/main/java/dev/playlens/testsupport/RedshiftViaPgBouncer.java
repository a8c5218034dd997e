package dev.playlens.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * pgbouncer in front of {@link PostgresServer}, so that the Amazon Redshift JDBC driver can talk to a real server:
 * md5 auth, the driver's Redshift-only startup parameters ignored, session pooling. Through it queries,
 * prepared statements, batches, streaming and cancel work; DatabaseMetaData.getTables/getColumns do not (they
 * send Redshift-only SQL). Clients connect through a {@link CancelKeyProxy} so that {@code Statement.cancel()}
 * works every time, not only when pgbouncer's random process id happens to be positive.
 */
public final class RedshiftViaPgBouncer {
    private static final String IGNORED_STARTUP_PARAMETERS = "extra_float_digits,driver_version,os_version,"
            + "plugin_name,client_protocol_version,driver_discovery_version,_pq_.compression,application_name";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(30);

    private final PostgresServer postgres;
    private final ManagedProcess process;
    private final CancelKeyProxy proxy;
    private final int port;

    private RedshiftViaPgBouncer(PostgresServer postgres, ManagedProcess process, CancelKeyProxy proxy) {
        this.postgres = postgres;
        this.process = process;
        this.proxy = proxy;
        this.port = proxy.port();
    }

    static RedshiftViaPgBouncer launch(ServerContext context, PostgresServer postgres) {
        long t0 = System.nanoTime();
        Path pgbouncer = Executables.require("pgbouncer", "pgbouncer");
        Path home = context.nonRootDirectory("pgbouncer");
        Path users = home.resolve("userlist.txt");
        ServerContext.writeFile(users, "\"" + postgres.user() + "\" \"" + md5Secret(postgres.user(), postgres.password()) + "\"\n");
        RedshiftViaPgBouncer server = context.onFreePort(port -> {
            Path config = home.resolve("pgbouncer.ini");
            ServerContext.writeFile(config, config(postgres, port, users));
            context.handOver(users, config);
            ManagedProcess process = context.nonRootProcess("pgbouncer", home,
                    List.of(pgbouncer.toString(), config.toString()), Map.of(), "TERM");
            process.start(port, () -> FreePorts.accepts(port), START_TIMEOUT);
            try {
                return new RedshiftViaPgBouncer(postgres, process, new CancelKeyProxy(0, port));
            } catch (IOException e) {
                process.stop();
                throw new UncheckedIOException("cannot open the cancel-key proxy in front of pgbouncer", e);
            }
        });
        ServerContext.announce("pgbouncer (Redshift driver) -> PostgreSQL :" + postgres.port(), server.port, t0);
        return server;
    }

    private static String config(PostgresServer postgres, int port, Path users) {
        return String.join("\n",
                "[databases]",
                "* = host=" + FreePorts.HOST + " port=" + postgres.port(),
                "[pgbouncer]",
                "listen_addr = " + FreePorts.HOST,
                "listen_port = " + port,
                "unix_socket_dir =",
                "auth_type = md5",
                "auth_file = " + users,
                "pool_mode = session",
                "ignore_startup_parameters = " + IGNORED_STARTUP_PARAMETERS,
                "max_client_conn = 500",
                "default_pool_size = 100",
                "server_reset_query = DISCARD ALL",
                "log_connections = 0",
                "log_disconnections = 0",
                "") ;
    }

    /** JDBC URL of the shared {@code playlens} database: {@code jdbc:redshift://127.0.0.1:P/playlens?ssl=false}. */
    public String jdbcUrl() {
        return jdbcUrl(PostgresServer.DATABASE);
    }

    /** Redshift JDBC URL of any database on the PostgreSQL server behind pgbouncer. */
    public String jdbcUrl(String database) {
        String checked = postgres.jdbcUrl(database); // validates the name
        return "jdbc:redshift://" + FreePorts.HOST + ":" + port + "/" + checked.substring(checked.lastIndexOf('/') + 1)
                + "?ssl=false";
    }

    /** Creates a fresh database behind pgbouncer (see {@link PostgresServer#newDatabase}) and returns its Redshift URL. */
    public String newDatabase(String name) {
        postgres.newDatabase(name);
        return jdbcUrl(name);
    }

    public String user() {
        return postgres.user();
    }

    public String password() {
        return postgres.password();
    }

    public String host() {
        return FreePorts.HOST;
    }

    public int port() {
        return port;
    }

    /** The PostgreSQL server behind pgbouncer (for checks that bypass the Redshift driver). */
    public PostgresServer postgres() {
        return postgres;
    }

    void stop() {
        proxy.close();
        process.stop();
    }

    /** pgbouncer's md5 secret: "md5" + md5(password + user). */
    static String md5Secret(String user, String password) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest((password + user).getBytes(StandardCharsets.UTF_8));
            return "md5" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is not available", e);
        }
    }
}
