package dev.playlens.testsupport;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Debian's MariaDB ({@code mariadb-server}) on 127.0.0.1: a fresh data directory, no grant tables (root without a
 * password), no binlog, and an empty database {@code playlens} created at start by an init file (so this module
 * needs no MariaDB driver).
 */
public final class MariaDbServer {
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    public static final String DATABASE = "playlens";

    private final ManagedProcess process;
    private final int port;

    private MariaDbServer(ManagedProcess process, int port) {
        this.process = process;
        this.port = port;
    }

    static MariaDbServer launch(ServerContext context) {
        long t0 = System.nanoTime();
        Path mariadbd = Executables.find("mariadbd").orElseGet(() -> Executables.require("mysqld", "mariadb-server"));
        Path install = Executables.find("mariadb-install-db")
                .orElseGet(() -> Executables.require("mysql_install_db", "mariadb-server"));
        Path home = context.directory("mariadb");
        Path data = home.resolve("data");
        // mariadbd insists on --user when run as root; as any other user it is only a warning
        String user = "--user=" + System.getProperty("user.name");
        context.process("mariadb-install-db", home, List.of(install.toString(), "--no-defaults", "--datadir=" + data,
                user, "--auth-root-authentication-method=normal", "--skip-test-db"), Map.of(), "TERM")
                .runToCompletion(Duration.ofSeconds(120));
        Path init = home.resolve("init.sql");
        ServerContext.writeFile(init, "CREATE DATABASE IF NOT EXISTS " + DATABASE + ";\n");
        MariaDbServer server = context.onFreePort(port -> {
            ManagedProcess process = context.process("mariadb", home, List.of(mariadbd.toString(), "--no-defaults",
                    "--datadir=" + data, "--port=" + port, "--bind-address=" + FreePorts.HOST,
                    "--socket=" + home.resolve("mariadb.sock"), user, "--skip-grant-tables", "--skip-log-bin",
                    "--innodb-buffer-pool-size=64M", "--innodb-flush-log-at-trx-commit=0",
                    "--init-file=" + init, "--pid-file=" + home.resolve("mariadb.pid")), Map.of(), "TERM");
            MariaDbServer m = new MariaDbServer(process, port);
            m.start();
            return m;
        });
        ServerContext.announce("MariaDB", server.port, t0);
        return server;
    }

    public String host() {
        return FreePorts.HOST;
    }

    public int port() {
        return port;
    }

    /** {@code jdbc:mariadb://127.0.0.1:PORT/playlens?user=root} */
    public String jdbcUrl() {
        return "jdbc:mariadb://" + FreePorts.HOST + ":" + port + "/" + DATABASE + "?user=root";
    }

    public void stop() {
        process.stop();
    }

    /** Starts the server again on the same port (keeping its data); a no-op when it runs. */
    public void start() {
        process.start(port, () -> FreePorts.accepts(port), START_TIMEOUT);
    }
}
