package dev.playlens.core.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Reads and writes telemetry events as one JSON object per line, validating the seed schema. */
public final class TelemetryJson {
    /** Timestamps before 2000-01-01 or after 2100-01-01 are taken for seconds or garbage, not ms. */
    private static final long MIN_MILLIS = 946_684_800_000L;
    private static final long MAX_MILLIS = 4_102_444_800_000L;

    private final ObjectMapper mapper = new ObjectMapper();

    public String write(TelemetryEvent e) {
        ObjectNode node = mapper.createObjectNode();
        node.put(EventFields.EVENT_VERSION, e.eventVersion());
        node.put(EventFields.EVENT_ID, e.eventId().toString());
        node.put(EventFields.EVENT_TIMESTAMP, e.eventTimestamp());
        node.put(EventFields.EVENT_TYPE, e.eventType());
        node.put(EventFields.APP_NAME, e.appName());
        if (e.appVersion() != null) node.put(EventFields.APP_VERSION, e.appVersion());
        node.put(EventFields.CLIENT_ID, e.clientId());
        if (e.levelId() != null) node.put(EventFields.LEVEL_ID, e.levelId());
        if (e.positionX() != null) node.put(EventFields.POSITION_X, e.positionX());
        if (e.positionY() != null) node.put(EventFields.POSITION_Y, e.positionY());
        e.extra().forEach((k, v) -> node.set(k, mapper.valueToTree(v)));
        return node.toString();
    }

    public ParsedLine parse(String line) {
        JsonNode root;
        try {
            root = mapper.readTree(line);
        } catch (JsonProcessingException ex) {
            return new ParsedLine.Rejected(null, "not valid JSON: " + ex.getOriginalMessage(), line);
        }
        if (root == null || !root.isObject()) {
            return new ParsedLine.Rejected(null, "not a JSON object", line);
        }
        for (String field : EventFields.REQUIRED) {
            JsonNode v = root.get(field);
            if (v == null || v.isNull() || (v.isTextual() && v.asText().isBlank())) {
                return new ParsedLine.Rejected(field, "required field is missing", line);
            }
        }
        for (String field : new String[]{EventFields.APP_NAME, EventFields.EVENT_VERSION,
                EventFields.EVENT_TYPE, EventFields.CLIENT_ID}) {
            if (!root.get(field).isValueNode() || root.get(field).isBoolean()) {
                return new ParsedLine.Rejected(field, "must be a string", line);
            }
        }
        UUID id;
        try {
            String text = root.get(EventFields.EVENT_ID).asText();
            id = UUID.fromString(text);
            if (text.length() != 36) throw new IllegalArgumentException();
        } catch (IllegalArgumentException ex) {
            return new ParsedLine.Rejected(EventFields.EVENT_ID, "not a UUID", line);
        }
        JsonNode ts = root.get(EventFields.EVENT_TIMESTAMP);
        if (!ts.canConvertToLong() || !ts.isIntegralNumber()) {
            return new ParsedLine.Rejected(EventFields.EVENT_TIMESTAMP, "not an integer of milliseconds", line);
        }
        long millis = ts.asLong();
        if (millis < MIN_MILLIS || millis > MAX_MILLIS) {
            return new ParsedLine.Rejected(EventFields.EVENT_TIMESTAMP,
                    "out of range for epoch milliseconds: " + millis, line);
        }
        Double x;
        Double y;
        try {
            x = optionalNumber(root, EventFields.POSITION_X);
            y = optionalNumber(root, EventFields.POSITION_Y);
        } catch (NumberFieldException ex) {
            return new ParsedLine.Rejected(ex.field, "not a number", line);
        }
        Map<String, Object> extra = new LinkedHashMap<>();
        root.properties().forEach(entry -> {
            String k = entry.getKey();
            if (!EventFields.REQUIRED.contains(k) && !EventFields.OPTIONAL.contains(k)) {
                extra.put(k, mapper.convertValue(entry.getValue(), Object.class));
            }
        });
        return new ParsedLine.Accepted(new TelemetryEvent(
                root.get(EventFields.APP_NAME).asText(),
                root.get(EventFields.EVENT_VERSION).asText(),
                id,
                root.get(EventFields.EVENT_TYPE).asText(),
                millis,
                root.get(EventFields.CLIENT_ID).asText(),
                optionalText(root, EventFields.APP_VERSION),
                optionalText(root, EventFields.LEVEL_ID),
                x, y, extra));
    }

    private static String optionalText(JsonNode root, String field) {
        JsonNode v = root.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static Double optionalNumber(JsonNode root, String field) {
        JsonNode v = root.get(field);
        if (v == null || v.isNull()) return null;
        if (v.isNumber()) return v.asDouble();
        if (v.isTextual()) {
            try {
                return Double.parseDouble(v.asText());
            } catch (NumberFormatException ignored) {
                // fall through to the rejection
            }
        }
        throw new NumberFieldException(field);
    }

    private static final class NumberFieldException extends RuntimeException {
        final String field;

        NumberFieldException(String field) {
            super(field, null, false, false);
            this.field = field;
        }
    }
}
