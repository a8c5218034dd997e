package dev.playlens.app.cli;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** {@code playlens serve …} run in-process on a free port; {@link #close} stops it as Ctrl+C would the process. */
final class InProcessServe implements AutoCloseable {
    private final HttpClient http = HttpClient.newHttpClient();
    private final ExecutorService runner = Executors.newSingleThreadExecutor();
    private final Future<CliRunner.Run> serving;
    final int port;

    private InProcessServe(int port, List<String> args) {
        this.port = port;
        this.serving = runner.submit(() -> CliRunner.run(args.toArray(String[]::new)));
    }

    static InProcessServe start(String... options) throws Exception {
        int port = freePort();
        List<String> args = new ArrayList<>(List.of("serve", "--port", Integer.toString(port)));
        args.addAll(List.of(options));
        InProcessServe s = new InProcessServe(port, args);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!accepts(port)) { // connect, never bind: a probe holding the port made the server's bind fail
            if (s.serving.isDone()) throw new AssertionError("serve exited: " + s.serving.get().err());
            if (System.nanoTime() > deadline) throw new AssertionError("serve did not listen on " + port);
            Thread.sleep(50);
        }
        return s;
    }

    HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Interrupts the command; true when it returned and freed the port. */
    boolean stop() throws Exception {
        serving.cancel(true);
        runner.shutdown();
        return runner.awaitTermination(20, TimeUnit.SECONDS) && canBind(port);
    }

    @Override
    public void close() throws Exception {
        if (!runner.isShutdown()) stop();
        runner.shutdownNow();
        http.close();
    }

    static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static boolean accepts(int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean canBind(int port) {
        try (ServerSocket s = new ServerSocket(port, 1, InetAddress.getByName("127.0.0.1"))) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
