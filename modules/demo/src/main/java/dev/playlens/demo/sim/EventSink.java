package dev.playlens.demo.sim;

/**
 * Receives the events a player produces, in the order they happen. Positions are world units; the
 * sink turns events into telemetry lines (and adds the faults a real pipeline sees).
 */
public interface EventSink {
    void sessionStart(PlayerState p, long ts, String version, String sessionId, String platform);

    void sessionEnd(PlayerState p, long ts, String version, String sessionId, long durationSeconds);

    void levelStart(PlayerState p, long ts, String version, String sessionId, String level, double x, double y);

    void levelComplete(PlayerState p, long ts, String version, String sessionId, String level, double x, double y,
                       long durationSeconds);

    void death(PlayerState p, long ts, String version, String sessionId, String level, double x, double y);

    /** @param level the level being played, or null for a purchase in the menus */
    void purchase(PlayerState p, long ts, String version, String sessionId, String level, String sku, double usd);
}
