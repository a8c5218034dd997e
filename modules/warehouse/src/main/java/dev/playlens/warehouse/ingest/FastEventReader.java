package dev.playlens.warehouse.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.util.TreeMap;

/**
 * The streaming fast path of {@link EventLineParser}: reads one JSON object token by token and builds the
 * event directly. It returns {@code null} — "ask the authority" — on anything outside the common shape:
 * required fields that are not non-blank JSON strings, a duplicate key, an event id that is not 36
 * hex-and-dash characters, a timestamp that is not an in-range integer, optional text that is not a string
 * or null, a position that is not a number or null, a null extra field, or text after the object. Every
 * event it does return equals what {@code TelemetryJson.parse} produces for the same line.
 */
final class FastEventReader {
    /** Same bounds as TelemetryJson: 2000-01-01 … 2100-01-01 in epoch milliseconds. */
    private static final long MIN_MILLIS = 946_684_800_000L;
    private static final long MAX_MILLIS = 4_102_444_800_000L;

    private static final int APP_NAME = 1, EVENT_VERSION = 2, EVENT_ID = 4, EVENT_TYPE = 8, EVENT_TIMESTAMP = 16,
            CLIENT_ID = 32, APP_VERSION = 64, LEVEL_ID = 128, POSITION_X = 256, POSITION_Y = 512, SESSION = 1024;
    private static final int REQUIRED = APP_NAME | EVENT_VERSION | EVENT_ID | EVENT_TYPE | EVENT_TIMESTAMP | CLIENT_ID;
    /** Identity sentinel: "this value needs the authority". */
    @SuppressWarnings("StringOperationCanBeSimplified")
    private static final String GIVE_UP = new String("give up");

    private final ObjectMapper mapper;
    private final ExtraFields extraFields;

    FastEventReader(ObjectMapper mapper, ExtraFields extraFields) {
        this.mapper = mapper;
        this.extraFields = extraFields;
    }

    /** The event, or {@code null} when the authority must decide. */
    StagedEvent read(JsonParser p, long seq) throws IOException {
        if (p.nextToken() != JsonToken.START_OBJECT) return null;
        int seen = 0;
        String appName = null, version = null, type = null, client = null, appVersion = null, level = null;
        String sessionId = null;
        long msb = 0, lsb = 0, ts = 0;
        Double x = null, y = null;
        TreeMap<String, Object> extra = null;
        JsonToken t;
        while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken v = p.nextToken();
            int bit = bitOf(name);
            if ((seen & bit) != 0) return null; // duplicate key: the authority keeps the last one
            seen |= bit;
            String text = null;
            switch (bit) {
                case APP_NAME -> text = appName = requiredString(p, v);
                case EVENT_VERSION -> text = version = requiredString(p, v);
                case EVENT_TYPE -> text = type = requiredString(p, v);
                case CLIENT_ID -> text = client = requiredString(p, v);
                case APP_VERSION -> text = appVersion = optionalString(p, v);
                case LEVEL_ID -> text = level = optionalString(p, v);
                case EVENT_ID -> {
                    if (v != JsonToken.VALUE_STRING || p.getTextLength() != 36) return null;
                    char[] c = p.getTextCharacters();
                    int o = p.getTextOffset();
                    if (c[o + 8] != '-' || c[o + 13] != '-' || c[o + 18] != '-' || c[o + 23] != '-') return null;
                    long a = hex(c, o, 8), b = hex(c, o + 9, 4), d = hex(c, o + 14, 4);
                    long e = hex(c, o + 19, 4), f = hex(c, o + 24, 12);
                    if ((a | b | d | e | f) < 0) return null;
                    msb = a << 32 | b << 16 | d;
                    lsb = e << 48 | f;
                }
                case EVENT_TIMESTAMP -> {
                    if (v != JsonToken.VALUE_NUMBER_INT) return null;
                    JsonParser.NumberType nt = p.getNumberType();
                    if (nt != JsonParser.NumberType.INT && nt != JsonParser.NumberType.LONG) return null;
                    ts = p.getLongValue();
                    if (ts < MIN_MILLIS || ts > MAX_MILLIS) return null;
                }
                case POSITION_X -> {
                    if (!isNumberOrNull(v)) return null;
                    x = v == JsonToken.VALUE_NULL ? null : p.getDoubleValue();
                }
                case POSITION_Y -> {
                    if (!isNumberOrNull(v)) return null;
                    y = v == JsonToken.VALUE_NULL ? null : p.getDoubleValue();
                }
                default -> {
                    if (v == JsonToken.VALUE_NULL) return null;
                    if (bit == SESSION && v == JsonToken.VALUE_STRING) {
                        sessionId = p.getText();
                    } else {
                        if (extra == null) extra = new TreeMap<>();
                        if (extra.containsKey(name)) return null;
                        extra.put(name, value(p, v));
                    }
                }
            }
            if (text == GIVE_UP) return null;
        }
        if (t != JsonToken.END_OBJECT || p.nextToken() != null) return null;
        if ((seen & REQUIRED) != REQUIRED) return null;
        if (sessionId == null) sessionId = extraFields.promoteSessionId(extra);
        return new StagedEvent(seq, msb, lsb, appName, version, type, ts, client, appVersion, level, x, y,
                sessionId, extraFields.toJson(extra));
    }

    /** A scalar read straight from the token (what the mapper would build), anything nested via the mapper. */
    private Object value(JsonParser p, JsonToken v) throws IOException {
        return switch (v) {
            case VALUE_STRING -> p.getText();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NUMBER_INT -> switch (p.getNumberType()) {
                case INT -> p.getIntValue();
                case LONG -> p.getLongValue();
                default -> p.getBigIntegerValue();
            };
            case VALUE_NUMBER_FLOAT -> p.getDoubleValue();
            default -> mapper.readValue(p, Object.class);
        };
    }

    private static int bitOf(String name) {
        return switch (name) {
            case "app_name" -> APP_NAME;
            case "event_version" -> EVENT_VERSION;
            case "event_id" -> EVENT_ID;
            case "event_type" -> EVENT_TYPE;
            case "event_timestamp" -> EVENT_TIMESTAMP;
            case "client_id" -> CLIENT_ID;
            case "app_version" -> APP_VERSION;
            case "level_id" -> LEVEL_ID;
            case "position_x" -> POSITION_X;
            case "position_y" -> POSITION_Y;
            case ExtraFields.SESSION_ID -> SESSION;
            default -> 0;
        };
    }

    private static String requiredString(JsonParser p, JsonToken v) throws IOException {
        if (v != JsonToken.VALUE_STRING) return GIVE_UP;
        String s = p.getText();
        return s.isBlank() ? GIVE_UP : s;
    }

    private static String optionalString(JsonParser p, JsonToken v) throws IOException {
        if (v == JsonToken.VALUE_NULL) return null;
        return v == JsonToken.VALUE_STRING ? p.getText() : GIVE_UP;
    }

    private static boolean isNumberOrNull(JsonToken v) {
        return v == JsonToken.VALUE_NUMBER_INT || v == JsonToken.VALUE_NUMBER_FLOAT || v == JsonToken.VALUE_NULL;
    }

    /** {@code n} hex digits as a non-negative value, or -1 when any is not a hex digit. */
    private static long hex(char[] c, int from, int n) {
        long value = 0;
        for (int i = from; i < from + n; i++) {
            int d = Character.digit(c[i], 16);
            if (d < 0 || c[i] > 'f') return -1; // Character.digit also takes non-ASCII digits
            value = value << 4 | d;
        }
        return value;
    }
}
