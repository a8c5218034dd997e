package dev.playlens.demo.output;

import java.nio.charset.StandardCharsets;

/**
 * Writes one telemetry line straight into a {@link LineBatch}'s arena, byte-for-byte as
 * {@code dev.playlens.core.event.TelemetryJson#write} would (same field order, numbers as
 * {@link Double#toString(double)} and {@link Long#toString(long)}), with extra fields in a fixed order.
 * It exists because {@code TelemetryEvent} keeps extras in a {@code Map.copyOf}, whose iteration order
 * changes between JVM runs (breaking byte-identical output), and because it is several times faster.
 */
final class JsonLine {
    private static final byte[] HEAD = bytes("{\"event_version\":\"1.0\",\"event_id\":\"");
    private static final byte[] TIMESTAMP = bytes("\",\"event_timestamp\":");
    private static final byte[] TYPE = key("event_type");
    private static final byte[] APP = key("app_name");
    private static final byte[] APP_VERSION = key("app_version");
    private static final byte[] CLIENT = key("client_id");
    private static final byte[] LEVEL = key("level_id");
    private static final byte[] X = key("position_x");
    private static final byte[] Y = key("position_y");
    private static final byte[] HEX = bytes("0123456789abcdef");
    /** The longest line a begin/field sequence can write before the arena must grow again. */
    private static final int HEADROOM = 1024;

    private final LineBatch out;
    private int lineStart = -1;

    JsonLine(LineBatch out) {
        this.out = out;
    }

    /** Starts a line; the event id and client id are given as the two halves of their UUIDs. */
    JsonLine begin(long idHigh, long idLow, long timestamp, String type, String app, String appVersion,
                   long clientHigh, long clientLow) {
        if (lineStart >= 0) throw new IllegalStateException("previous line not ended");
        out.ensure(HEADROOM);
        lineStart = out.used;
        raw(HEAD);
        uuid(idHigh, idLow);
        raw(TIMESTAMP);
        number(timestamp);
        field(TYPE, type);
        field(APP, app);
        if (appVersion != null) field(APP_VERSION, appVersion);
        raw(CLIENT);
        out.ensure(38);
        out.bytes[out.used++] = '"';
        uuid(clientHigh, clientLow);
        out.bytes[out.used++] = '"';
        return this;
    }

    JsonLine position(String level, double x, double y) {
        if (level != null) field(LEVEL, level);
        return field(X, x).field(Y, y);
    }

    JsonLine field(byte[] key, String value) {
        raw(key);
        quote(value);
        return this;
    }

    JsonLine field(byte[] key, long value) {
        raw(key);
        number(value);
        return this;
    }

    JsonLine field(byte[] key, double value) {
        if (!Double.isFinite(value)) throw new IllegalArgumentException("not a finite number: " + value);
        raw(key);
        ascii(Double.toString(value));
        return this;
    }

    /** Ends the line (adds the closing brace and a newline); returns where it starts in the arena. */
    int end() {
        out.ensure(2);
        out.bytes[out.used++] = '}';
        out.bytes[out.used++] = '\n';
        int s = lineStart;
        lineStart = -1;
        return s;
    }

    /** The bytes of a JSON key with its leading comma and trailing colon: {@code ,"name":}. */
    static byte[] key(String name) {
        return bytes(",\"" + name + "\":");
    }

    private void raw(byte[] b) {
        out.ensure(b.length);
        System.arraycopy(b, 0, out.bytes, out.used, b.length);
        out.used += b.length;
    }

    private void number(long v) {
        ascii(Long.toString(v));
    }

    private void uuid(long hi, long lo) {
        out.ensure(36);
        hex(hi >>> 32, 8);
        dash();
        hex(hi >>> 16, 4);
        dash();
        hex(hi, 4);
        dash();
        hex(lo >>> 48, 4);
        dash();
        hex(lo, 12);
    }

    private void hex(long v, int digits) {
        byte[] b = out.bytes;
        for (int i = digits - 1; i >= 0; i--) {
            b[out.used + i] = HEX[(int) (v & 0xF)];
            v >>>= 4;
        }
        out.used += digits;
    }

    private void dash() {
        out.bytes[out.used++] = '-';
    }

    private void quote(String s) {
        out.ensure(s.length() * 6 + 2);
        out.bytes[out.used++] = '"';
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\') {
                out.bytes[out.used++] = (byte) c;
            } else {
                ascii(escape(c));
            }
        }
        out.bytes[out.used++] = '"';
    }

    /** JSON escapes as Jackson writes them; non-ASCII as \\uXXXX so every line stays ASCII. */
    private static String escape(char c) {
        return switch (c) {
            case '"' -> "\\\"";
            case '\\' -> "\\\\";
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            default -> String.format("\\u%04X", (int) c);
        };
    }

    private void ascii(String s) {
        out.ensure(s.length());
        for (int i = 0; i < s.length(); i++) out.bytes[out.used++] = (byte) s.charAt(i);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }
}
