package dev.playlens.heatmap;

import java.time.Instant;

/** One row of the test warehouse's game_events table. */
record EventRow(String eventId, String eventType, Instant timestamp, String clientId, String appVersion,
                String levelId, Double x, Double y, String sessionId) {
}
