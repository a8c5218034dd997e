package dev.playlens.publish.serve;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * What each request gets, independent of the HTTP library: GET /predict/MODEL/USER → 200
 * {"model","version","user","cached","prediction"}, 404 {"error":"unknown model …"} / {"error":"unknown user …"};
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

    private final CacheAsideScorer scorer;

    PredictionRoutes(CacheAsideScorer scorer) {
        this.scorer = scorer;
    }

    /** True for the requests that may wait on Redis or the warehouse (run them off the I/O threads). */
    static boolean blocks(String path) {
        return path.startsWith("/predict/");
    }

    /** {@code path}: the raw path (percent-encoded, no query); {@code query}: the raw query, or null. */
    Reply answer(String method, String path, String query) {
        if (path.startsWith("/predict/")) return predict(method, path);
        if (path.startsWith("/metrics")) {
            return query != null && query.contains("format=prometheus")
                    ? new Reply(200, scorer.metrics().prometheus(), PROMETHEUS)
                    : Reply.json(200, scorer.metrics().json());
        }
        return Reply.json(404, "{\"error\":\"no such endpoint; use /predict/MODEL/USER or /metrics\"}");
    }

    private Reply predict(String method, String path) {
        if (!"GET".equals(method)) return Reply.json(405, "{\"error\":\"use GET\"}");
        String rest = path.substring("/predict/".length());
        int slash = rest.indexOf('/');
        if (slash <= 0 || slash == rest.length() - 1) return Reply.json(400, "{\"error\":\"use /predict/MODEL/USER\"}");
        String model;
        String user;
        try {
            model = URLDecoder.decode(rest.substring(0, slash), StandardCharsets.UTF_8);
            user = URLDecoder.decode(rest.substring(slash + 1), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException badEscape) {
            return Reply.json(400, "{\"error\":" + quote(String.valueOf(badEscape.getMessage())) + "}");
        }
        try {
            CacheAsideScorer.Outcome outcome = scorer.predict(model, user);
            if (outcome instanceof CacheAsideScorer.Outcome.Found f) return Reply.json(200, found(f));
            if (outcome instanceof CacheAsideScorer.Outcome.UnknownModel u) {
                return Reply.json(404, "{\"error\":" + quote("unknown model " + u.model()) + "}");
            }
            CacheAsideScorer.Outcome.UnknownUser u = (CacheAsideScorer.Outcome.UnknownUser) outcome;
            return Reply.json(404, "{\"error\":" + quote("unknown user " + u.user() + " for model " + u.model()) + "}");
        } catch (Exception e) {
            scorer.metrics().errors.increment();
            return Reply.json(500, "{\"error\":" + quote(String.valueOf(e.getMessage())) + "}");
        }
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
