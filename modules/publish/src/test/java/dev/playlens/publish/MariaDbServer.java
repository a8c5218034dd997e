package dev.playlens.publish;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's MariaDB ({@code apt-get install mariadb-server}) on 127.0.0.1 for the publish tests: a fresh data
 * directory, no grant tables (root without a password), no binlog; killed with the JVM through setpriv's
 * parent-death signal when setpriv exists.
 */
final class MariaDbServer implements AutoCloseable {
    private final Process process;
    private final Path home;
    private final int port;

    private MariaDbServer(Process process, Path home, int port) {
        this.process = process;
        this.home = home;
        this.port = port;
    }

    static MariaDbServer start() throws Exception {
        Path mariadbd = find("mariadbd", "mysqld");
        Path install = find("mariadb-install-db", "mysql_install_db");
        Path home = Files.createTempDirectory("playlens-mariadb");
        run(List.of(install.toString(), "--no-defaults", "--datadir=" + home.resolve("data"), "--user=root",
                "--auth-root-authentication-method=normal", "--skip-test-db"), home.resolve("install.log"));
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            port = s.getLocalPort();
        }
        List<String> cmd = new ArrayList<>();
        if (Files.isExecutable(Path.of("/usr/bin/setpriv"))) cmd.addAll(List.of("/usr/bin/setpriv", "--pdeathsig=KILL", "--"));
        cmd.addAll(List.of(mariadbd.toString(), "--no-defaults", "--datadir=" + home.resolve("data"), "--port=" + port,
                "--bind-address=127.0.0.1", "--socket=" + home.resolve("sock"), "--user=root", "--skip-grant-tables",
                "--skip-log-bin", "--innodb-buffer-pool-size=64M", "--innodb-flush-log-at-trx-commit=0",
                "--pid-file=" + home.resolve("pid")));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(home.resolve("server.log").toFile()).start();
        MariaDbServer server = new MariaDbServer(p, home, port);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!server.accepts()) {
            if (!p.isAlive()) throw new IllegalStateException("mariadbd exited; see " + home.resolve("server.log"));
            if (System.nanoTime() > deadline) {
                server.close();
                throw new IllegalStateException("mariadbd not ready after 60 s; see " + home.resolve("server.log"));
            }
            Thread.sleep(100);
        }
        try (Connection c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/?user=root");
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE playlens");
        }
        return server;
    }

    String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/playlens?user=root";
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl());
    }

    private boolean accepts() {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static Path find(String... names) {
        for (String dir : List.of("/usr/sbin", "/usr/bin", "/usr/local/sbin", "/usr/local/bin")) {
            for (String n : names) {
                Path p = Path.of(dir, n);
                if (Files.isExecutable(p)) return p;
            }
        }
        throw new IllegalStateException("MariaDB is not installed (" + String.join("/", names)
                + "): apt-get install mariadb-server");
    }

    private static void run(List<String> cmd, Path log) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IllegalStateException(String.join(" ", cmd) + " failed; see " + log);
        }
    }

    @Override
    public void close() throws IOException {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        try (var files = Files.walk(home)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }
}
