package dev.playlens.core.event;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * One telemetry event in the seed pipeline's schema.
 *
 * <p>Required: app name, event version, event id (UUID), type, timestamp (epoch milliseconds) and
 * client id. Optional fields are {@code null} when absent. Fields outside the schema are kept in
 * {@code extra} (a JSON-ready map) so nothing a game sends is lost on the way to the warehouse.
 */
public record TelemetryEvent(
        String appName,
        String eventVersion,
        UUID eventId,
        String eventType,
        long eventTimestamp,
        String clientId,
        String appVersion,
        String levelId,
        Double positionX,
        Double positionY,
        Map<String, Object> extra) {

    public TelemetryEvent {
        Objects.requireNonNull(appName, "appName");
        Objects.requireNonNull(eventVersion, "eventVersion");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(eventType, "eventType");
        Objects.requireNonNull(clientId, "clientId");
        // Insertion order is kept so that writing an event is byte-stable; null values are allowed.
        extra = extra == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(extra));
    }

    /** The common case: an event with a level position and no extra fields. */
    public static TelemetryEvent of(String appName, String appVersion, UUID eventId, String eventType,
                                    long timestamp, String clientId, String levelId, Double x, Double y) {
        return new TelemetryEvent(appName, "1.0", eventId, eventType, timestamp, clientId, appVersion,
                levelId, x, y, Map.of());
    }
}
