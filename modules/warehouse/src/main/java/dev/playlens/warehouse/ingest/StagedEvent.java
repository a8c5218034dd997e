package dev.playlens.warehouse.ingest;

import java.util.UUID;

/**
 * A validated event as it goes into staging: {@code seq} orders it within the load (file order, then
 * line order) so the merge can keep the first occurrence; the event id is kept as its two longs to avoid
 * a UUID object per row; {@code extraJson} is the remaining extra fields as JSON text (null when none).
 */
record StagedEvent(long seq, long idMsb, long idLsb, String appName, String eventVersion, String eventType,
                   long timestampMillis, String clientId, String appVersion, String levelId,
                   Double positionX, Double positionY, String sessionId, String extraJson) {

    UUID eventId() {
        return new UUID(idMsb, idLsb);
    }
}
