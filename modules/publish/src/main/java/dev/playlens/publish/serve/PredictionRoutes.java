package dev.playlens.publish.serve;

import io.netty.channel.EventLoop;
import redis.clients.jedis.exceptions.JedisConnectionException;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * What each request gets, independent of the HTTP library: GET /predict/MODEL/USER → 200
 * {"model","version","user","cached","prediction"}, 404 {"error":"unknown model …"} / {"error":"unknown user …"};
 * 503 {"error":"cache unavailable: …"} while Redis is down, 500 on other failures;
 * GET /metrics → counters (JSON, or Prometheus text with ?format=prometheus); anything else 404.
 */
final class PredictionRoutes {
    static final String JSON = "application/json";
    static final String PROMETHEUS = "text/plain; version=0.0.4";

    /** A response body and its status and content type. */
    record Reply(int status, String body, String contentType) {
        static Reply json(int status, String body) {
            return new Reply(status, body, JSON);
        }
    }

    private final ServeMetrics metrics;
    private final EventLoopPredictions predictions;

    PredictionRoutes(ServeMetrics metrics, EventLoopPredictions predictions) {
        this.metrics = metrics;
        this.predictions = predictions;
    }

    /**
     * {@code path}: the raw path (percent-encoded, no query); {@code query}: the raw query, or null. {@code done}
     * runs on {@code loop} (the connection's), at once or when Redis (or, on a miss, the warehouse) has answered.
     */
    void answer(String method, String path, String query, EventLoop loop, Consumer<Reply> done) {
        if (path.startsWith("/predict/")) {
            predict(method, path, loop, done);
        } else if (path.startsWith("/metrics")) {
            done.accept(query != null && query.contains("format=prometheus")
                    ? new Reply(200, metrics.prometheus(), PROMETHEUS)
                    : Reply.json(200, metrics.json()));
        } else {
            done.accept(Reply.json(404, "{\"error\":\"no such endpoint; use /predict/MODEL/USER or /metrics\"}"));
        }
    }

    private void predict(String method, String path, EventLoop loop, Consumer<Reply> done) {
        if (!"GET".equals(method)) {
            done.accept(Reply.json(405, "{\"error\":\"use GET\"}"));
            return;
        }
        String rest = path.substring("/predict/".length());
        int slash = rest.indexOf('/');
        if (slash <= 0 || slash == rest.length() - 1) {
            done.accept(Reply.json(400, "{\"error\":\"use /predict/MODEL/USER\"}"));
            return;
        }
        String model;
        String user;
        try {
            model = URLDecoder.decode(rest.substring(0, slash), StandardCharsets.UTF_8);
            user = URLDecoder.decode(rest.substring(slash + 1), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException badEscape) {
            done.accept(Reply.json(400, "{\"error\":" + quote(String.valueOf(badEscape.getMessage())) + "}"));
            return;
        }
        predictions.predict(model, user, loop, (outcome, failure) -> done.accept(
                failure == null ? reply(outcome) : failed(failure)));
    }

    private static Reply reply(CacheAsideScorer.Outcome outcome) {
        return switch (outcome) {
            case CacheAsideScorer.Outcome.Found f -> Reply.json(200, found(f));
            case CacheAsideScorer.Outcome.UnknownModel u ->
                    Reply.json(404, "{\"error\":" + quote("unknown model " + u.model()) + "}");
            case CacheAsideScorer.Outcome.UnknownUser u ->
                    Reply.json(404, "{\"error\":" + quote("unknown user " + u.user() + " for model " + u.model()) + "}");
        };
    }

    /** 503 when the cache is down (the client may retry; the endpoint reconnects), else 500. */
    private Reply failed(Throwable failure) {
        metrics.errors.increment();
        if (failure instanceof CacheUnavailableException || failure instanceof JedisConnectionException) {
            return Reply.json(503, "{\"error\":" + quote("cache unavailable: " + failure.getMessage()) + "}");
        }
        return Reply.json(500, "{\"error\":" + quote(String.valueOf(failure.getMessage())) + "}");
    }

    private static String found(CacheAsideScorer.Outcome.Found f) {
        StringBuilder sb = new StringBuilder(64 + f.prediction().length()).append("{\"model\":");
        quote(sb, f.model()).append(",\"version\":").append(f.version()).append(",\"user\":");
        return quote(sb, f.user()).append(",\"cached\":").append(f.cached()).append(",\"prediction\":")
                .append(f.prediction()).append('}').toString();
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
}
