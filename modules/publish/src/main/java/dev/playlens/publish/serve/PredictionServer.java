package dev.playlens.publish.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * {@code playlens serve}: GET /predict/MODEL/USER → 200 {"model","version","user","cached","prediction"},
 * 404 {"error":"unknown model …"} / {"error":"unknown user …"}; GET /metrics → counters (JSON, or Prometheus text
 * with ?format=prometheus). One virtual thread per request.
 */
public final class PredictionServer implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final CacheAsideScorer scorer;

    private PredictionServer(HttpServer server, CacheAsideScorer scorer) {
        this.server = server;
        this.scorer = scorer;
    }

    public static PredictionServer start(InetSocketAddress address, CacheAsideScorer scorer) throws IOException {
        HttpServer http = HttpServer.create(address, 1024);
        PredictionServer s = new PredictionServer(http, scorer);
        http.createContext("/predict/", s::predict);
        http.createContext("/metrics", s::metrics);
        http.createContext("/", ex -> s.send(ex, 404, "{\"error\":\"no such endpoint; use /predict/MODEL/USER or /metrics\"}"));
        http.setExecutor(s.executor);
        http.start();
        return s;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private void predict(HttpExchange ex) throws IOException {
        if (!"GET".equals(ex.getRequestMethod())) {
            send(ex, 405, "{\"error\":\"use GET\"}");
            return;
        }
        String rest = ex.getRequestURI().getRawPath().substring("/predict/".length());
        int slash = rest.indexOf('/');
        if (slash <= 0 || slash == rest.length() - 1) {
            send(ex, 400, "{\"error\":\"use /predict/MODEL/USER\"}");
            return;
        }
        String model = URLDecoder.decode(rest.substring(0, slash), StandardCharsets.UTF_8);
        String user = URLDecoder.decode(rest.substring(slash + 1), StandardCharsets.UTF_8);
        try {
            CacheAsideScorer.Outcome outcome = scorer.predict(model, user);
            if (outcome instanceof CacheAsideScorer.Outcome.Found f) {
                send(ex, 200, found(f));
            } else if (outcome instanceof CacheAsideScorer.Outcome.UnknownModel u) {
                send(ex, 404, "{\"error\":" + quote("unknown model " + u.model()) + "}");
            } else if (outcome instanceof CacheAsideScorer.Outcome.UnknownUser u) {
                send(ex, 404, "{\"error\":" + quote("unknown user " + u.user() + " for model " + u.model()) + "}");
            }
        } catch (Exception e) {
            scorer.metrics().errors.increment();
            send(ex, 500, "{\"error\":" + quote(String.valueOf(e.getMessage())) + "}");
        }
    }

    private static String found(CacheAsideScorer.Outcome.Found f) {
        StringBuilder sb = new StringBuilder(64 + f.prediction().length()).append("{\"model\":");
        quote(sb, f.model()).append(",\"version\":").append(f.version()).append(",\"user\":");
        return quote(sb, f.user()).append(",\"cached\":").append(f.cached()).append(",\"prediction\":")
                .append(f.prediction()).append('}').toString();
    }

    private void metrics(HttpExchange ex) throws IOException {
        String q = ex.getRequestURI().getQuery();
        if (q != null && q.contains("format=prometheus")) {
            sendTyped(ex, 200, scorer.metrics().prometheus(), "text/plain; version=0.0.4");
        } else {
            send(ex, 200, scorer.metrics().json());
        }
    }

    private void send(HttpExchange ex, int status, String json) throws IOException {
        sendTyped(ex, status, json, "application/json");
    }

    private void sendTyped(HttpExchange ex, int status, String body, String type) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", type);
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    static String quote(String s) {
        return quote(new StringBuilder(s.length() + 2), s).toString();
    }

    private static StringBuilder quote(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                default -> {
                    if (c < 0x20) sb.append(String.format("\\u%04x", (int) c));
                    else sb.append(c);
                }
            }
        }
        return sb.append('"');
    }

    @Override
    public void close() {
        server.stop(0);
        executor.close();
    }
}
