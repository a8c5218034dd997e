package dev.playlens.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Debian's redis-server on 127.0.0.1 without persistence. {@link #stop()} makes connections fail,
 * {@link #start()} brings it back on the same port (empty: nothing is persisted).
 */
public final class RedisServer {
    private static final Duration START_TIMEOUT = Duration.ofSeconds(30);

    private final ManagedProcess process;
    private final int port;
    private final Path home;

    private RedisServer(ManagedProcess process, int port, Path home) {
        this.process = process;
        this.port = port;
        this.home = home;
    }

    static RedisServer launch(ServerContext context) {
        long t0 = System.nanoTime();
        Path redis = Executables.require("redis-server", "redis-server");
        Path home = context.directory("redis");
        RedisServer server = context.onFreePort(port -> {
            ManagedProcess process = context.process("redis", home, List.of(redis.toString(),
                    "--port", Integer.toString(port), "--bind", FreePorts.HOST, "--save", "", "--appendonly", "no",
                    "--dir", home.toString(), "--daemonize", "no", "--logfile", "", "--loglevel", "warning"),
                    Map.of(), "TERM");
            RedisServer r = new RedisServer(process, port, home);
            r.start();
            return r;
        });
        ServerContext.announce("Redis", server.port, t0);
        return server;
    }

    public String host() {
        return FreePorts.HOST;
    }

    public int port() {
        return port;
    }

    /** {@code redis://127.0.0.1:PORT} */
    public URI uri() {
        return URI.create("redis://" + FreePorts.HOST + ":" + port);
    }

    /** Stops the server; connections then fail. */
    public void stop() {
        process.stop();
    }

    /** Starts the server again on the same port (with no data); a no-op when it runs. */
    public void start() {
        process.start(port, this::answersPing, START_TIMEOUT);
    }

    public boolean isRunning() {
        return process.isRunning();
    }

    /** The server's working directory (inside the run's temp root). */
    Path home() {
        return home;
    }

    private boolean answersPing() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(FreePorts.HOST, port), 200);
            socket.setSoTimeout(1000);
            socket.getOutputStream().write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
            InputStream in = socket.getInputStream();
            byte[] reply = in.readNBytes(7);
            return new String(reply, StandardCharsets.US_ASCII).equals("+PONG\r\n");
        } catch (IOException e) {
            return false;
        }
    }
}
