package dev.playlens.warehouse.ingest;

import java.util.Arrays;

/**
 * The fastest path: validates one line's UTF-8 bytes and writes the staging row straight from byte slices,
 * without building Strings. It only takes the plain shape of telemetry — a flat object, ASCII strings without
 * escapes, canonical JSON numbers, no duplicate keys, scalar extra fields — and answers {@code false} for
 * everything else, which then goes to the Jackson path and, if need be, {@code TelemetryJson.parse} itself.
 * For the lines it accepts, the staged values equal what those slower paths produce. One per thread.
 */
final class ByteEventScanner {
    private static final long MIN_MILLIS = 946_684_800_000L;   // same bounds as TelemetryJson
    private static final long MAX_MILLIS = 4_102_444_800_000L;
    private static final int STRING = 1, INT = 2, FLOAT = 3, TRUE = 4, FALSE = 5, NULL = 6;
    private static final int APP_NAME = 0, EVENT_VERSION = 1, EVENT_ID = 2, EVENT_TYPE = 3, TIMESTAMP = 4,
            CLIENT_ID = 5, APP_VERSION = 6, LEVEL_ID = 7, POSITION_X = 8, POSITION_Y = 9, SESSION_ID = 10, FIELDS = 11;
    private static final byte[][] NAMES = {b("app_name"), b("event_version"), b("event_id"), b("event_type"),
            b("event_timestamp"), b("client_id"), b("app_version"), b("level_id"), b("position_x"),
            b("position_y"), b("session_id")};
    private static final long[] HEADS = new long[FIELDS], TAILS = new long[FIELDS];
    private static final int MAX_EXTRA = 32;

    static {
        for (int f = 0; f < FIELDS; f++) {
            HEADS[f] = JsonBytes.word(NAMES[f], 0);
            TAILS[f] = JsonBytes.word(NAMES[f], NAMES[f].length - 8);
        }
    }

    private final int[] valStart = new int[FIELDS], valLen = new int[FIELDS], valKind = new int[FIELDS];
    private final int[] exKeyStart = new int[MAX_EXTRA], exKeyLen = new int[MAX_EXTRA];
    private final int[] exValStart = new int[MAX_EXTRA], exValLen = new int[MAX_EXTRA], exKind = new int[MAX_EXTRA];
    private final int[] order = new int[MAX_EXTRA];
    private byte[] ex = new byte[256];
    private int exSize;
    private int extras;
    private int pos;
    private int kindOut;
    /** The event id of the last accepted line. */
    long msb, lsb;
    private long millis;

    /** Writes the row for this line into {@code out} and returns true, or returns false and writes nothing. */
    boolean scan(byte[] b, int off, int len, long seq, StagingRows out) {
        int end = off + len;
        int seen = 0;
        extras = 0;
        pos = JsonBytes.skipWhitespace(b, off, end);
        if (pos >= end || b[pos++] != '{') return false;
        pos = JsonBytes.skipWhitespace(b, pos, end);
        while (true) {
            if (pos >= end || b[pos] != '"') return false;
            int keyStart = ++pos;
            if (!string(b, end)) return false;
            int keyLen = pos - 1 - keyStart;
            pos = JsonBytes.skipWhitespace(b, pos, end);
            if (pos >= end || b[pos++] != ':') return false;
            pos = JsonBytes.skipWhitespace(b, pos, end);
            int vStart = pos;
            if (!value(b, end)) return false;
            int vLen = pos - vStart;
            int field = field(b, keyStart, keyLen);
            if (field >= 0) {
                if ((seen & (1 << field)) != 0) return false; // duplicate key
                seen |= 1 << field;
                valStart[field] = vStart;
                valLen[field] = vLen;
                valKind[field] = kindOut;
            } else {
                if (extras == MAX_EXTRA || kindOut == NULL) return false;
                exKeyStart[extras] = keyStart;
                exKeyLen[extras] = keyLen;
                exValStart[extras] = vStart;
                exValLen[extras] = vLen;
                exKind[extras++] = kindOut;
            }
            pos = JsonBytes.skipWhitespace(b, pos, end);
            if (pos >= end) return false;
            byte c = b[pos++];
            if (c == '}') break;
            if (c != ',') return false;
            pos = JsonBytes.skipWhitespace(b, pos, end);
        }
        if (JsonBytes.skipWhitespace(b, pos, end) != end) return false;
        if ((seen & 0b111111) != 0b111111) return false; // a required field is missing
        if (!nonBlank(b, APP_NAME) || !nonBlank(b, EVENT_VERSION) || !nonBlank(b, EVENT_TYPE) || !nonBlank(b, CLIENT_ID)) {
            return false;
        }
        if (!eventId(b) || !timestamp(b)) return false;
        if (!optional(seen, APP_VERSION, STRING) || !optional(seen, LEVEL_ID, STRING)
                || !position(b, seen, POSITION_X) || !position(b, seen, POSITION_Y)) return false;
        if ((seen & (1 << SESSION_ID)) != 0 && valKind[SESSION_ID] != STRING) return false;
        if (!extraJson(b)) return false;

        out.beginRow(seq);
        out.eventId(msb, lsb, b, valStart[EVENT_ID] + 1);
        rawString(out, b, APP_NAME);
        rawString(out, b, EVENT_VERSION);
        rawString(out, b, EVENT_TYPE);
        out.longValue(millis);
        rawString(out, b, CLIENT_ID);
        optionalValue(out, b, seen, APP_VERSION);
        optionalValue(out, b, seen, LEVEL_ID);
        optionalValue(out, b, seen, POSITION_X);
        optionalValue(out, b, seen, POSITION_Y);
        optionalValue(out, b, seen, SESSION_ID);
        if (extras == 0) out.nul();
        else out.text(ex, 0, exSize);
        out.endRow();
        return true;
    }

    private void rawString(StagingRows out, byte[] b, int f) {
        out.text(b, valStart[f] + 1, valLen[f] - 2);
    }

    private void optionalValue(StagingRows out, byte[] b, int seen, int f) {
        if ((seen & (1 << f)) == 0 || valKind[f] == NULL) out.nul();
        else if (valKind[f] == STRING) rawString(out, b, f);
        else out.number(b, valStart[f], valLen[f]);
    }

    private boolean optional(int seen, int f, int kind) {
        return (seen & (1 << f)) == 0 || valKind[f] == NULL || valKind[f] == kind;
    }

    /** Numbers or null, copied as written: plain decimals that every engine parses to the same double. */
    private boolean position(byte[] b, int seen, int f) {
        if ((seen & (1 << f)) == 0 || valKind[f] == NULL) return true;
        if (valKind[f] != INT && valKind[f] != FLOAT) return false;
        int s = valStart[f];
        if (b[s] == '-' && b[s + 1] == '0') return false; // -0 and -0.x: Jackson reads the integer -0 as +0.0
        if (valLen[f] > 25) return false; // long numbers: leave the rounding to Jackson
        if (valKind[f] == FLOAT) {
            for (int i = s; i < s + valLen[f]; i++) {
                if (b[i] == 'e' || b[i] == 'E') return false; // exponents may overflow; plain decimals of 25 chars cannot
            }
        }
        return true;
    }

    private boolean eventId(byte[] b) {
        if (valKind[EVENT_ID] != STRING || valLen[EVENT_ID] != 38) return false;
        int o = valStart[EVENT_ID] + 1;
        if (b[o + 8] != '-' || b[o + 13] != '-' || b[o + 18] != '-' || b[o + 23] != '-') return false;
        long p1 = JsonBytes.hex(b, o, 8), p2 = JsonBytes.hex(b, o + 9, 4), p3 = JsonBytes.hex(b, o + 14, 4);
        long p4 = JsonBytes.hex(b, o + 19, 4), p5 = JsonBytes.hex(b, o + 24, 12);
        if ((p1 | p2 | p3 | p4 | p5) < 0) return false;
        msb = p1 << 32 | p2 << 16 | p3;
        lsb = p4 << 48 | p5;
        return true;
    }

    private boolean timestamp(byte[] b) {
        if (valKind[TIMESTAMP] != INT || valLen[TIMESTAMP] > 18 || b[valStart[TIMESTAMP]] == '-') return false;
        long v = 0;
        for (int i = valStart[TIMESTAMP]; i < valStart[TIMESTAMP] + valLen[TIMESTAMP]; i++) v = v * 10 + (b[i] - '0');
        millis = v;
        return v >= MIN_MILLIS && v <= MAX_MILLIS;
    }

    /** The extra fields as JSON with keys sorted, written exactly as Jackson writes the parsed values. */
    private boolean extraJson(byte[] b) {
        exSize = 0;
        if (extras == 0) return true;
        for (int i = 0; i < extras; i++) { // insertion sort: there are only a few
            int j = i;
            while (j > 0 && compareKeys(b, order[j - 1], i) > 0) {
                order[j] = order[j - 1];
                j--;
            }
            if (j > 0 && compareKeys(b, order[j - 1], i) == 0) return false; // duplicate extra key
            order[j] = i;
        }
        put((byte) '{');
        for (int k = 0; k < extras; k++) {
            int i = order[k];
            if (k > 0) put((byte) ',');
            put((byte) '"');
            put(b, exKeyStart[i], exKeyLen[i]);
            put((byte) '"');
            put((byte) ':');
            int s = exValStart[i], l = exValLen[i];
            if (exKind[i] == INT && l == 2 && b[s] == '-') return false; // "-0": Jackson writes 0
            if (exKind[i] == FLOAT) {
                // Jackson keeps a Double and writes Double.toString: 5.00 -> 5.0, 1e3 -> 1000.0
                double v = Double.parseDouble(new String(b, 0, s, l));
                if (Double.isInfinite(v)) return false; // Jackson writes it as a quoted "Infinity"
                String d = Double.toString(v);
                for (int c = 0; c < d.length(); c++) put((byte) d.charAt(c));
            } else {
                put(b, s, l); // strings with their quotes, canonical integers, true, false
            }
        }
        put((byte) '}');
        return true;
    }

    private void put(byte c) {
        if (exSize == ex.length) ex = Arrays.copyOf(ex, ex.length * 2);
        ex[exSize++] = c;
    }

    private void put(byte[] b, int off, int len) {
        if (exSize + len > ex.length) ex = Arrays.copyOf(ex, Math.max(ex.length * 2, exSize + len));
        System.arraycopy(b, off, ex, exSize, len);
        exSize += len;
    }

    private int compareKeys(byte[] b, int x, int y) {
        return Arrays.compare(b, exKeyStart[x], exKeyStart[x] + exKeyLen[x], b, exKeyStart[y], exKeyStart[y] + exKeyLen[y]);
    }

    /** A required text field: a JSON string that is not blank. */
    private boolean nonBlank(byte[] b, int f) {
        return valKind[f] == STRING && !blank(b, valStart[f] + 1, valLen[f] - 2);
    }

    private static boolean blank(byte[] b, int off, int len) {
        for (int i = off; i < off + len; i++) if (b[i] != ' ') return false;
        return true;
    }

    /** After an opening quote: plain printable ASCII up to the closing quote (pos ends after it). */
    private boolean string(byte[] b, int end) {
        int close = JsonBytes.plainStringEnd(b, pos, end);
        if (close < 0) return false;
        pos = close + 1;
        return true;
    }

    /** One scalar value; sets kindOut. Objects and arrays are left to the slow path. */
    private boolean value(byte[] b, int end) {
        if (pos >= end) return false;
        byte c = b[pos];
        if (c == '"') {
            pos++;
            kindOut = STRING;
            return string(b, end);
        }
        if (c == '-' || (c >= '0' && c <= '9')) return number(b, end);
        if (literal(b, end, "true")) kindOut = TRUE;
        else if (literal(b, end, "false")) kindOut = FALSE;
        else if (literal(b, end, "null")) kindOut = NULL;
        else return false;
        return true;
    }

    private boolean literal(byte[] b, int end, String word) {
        if (pos + word.length() > end) return false;
        for (int i = 0; i < word.length(); i++) if (b[pos + i] != word.charAt(i)) return false;
        int after = pos + word.length();
        if (after < end && JsonBytes.isTokenChar(b[after])) return false;
        pos = after;
        return true;
    }

    /** JSON number grammar: -?(0|[1-9]d*)(.d+)?([eE][+-]?d+)? and nothing glued to it. */
    private boolean number(byte[] b, int end) {
        int i = pos;
        if (b[i] == '-') i++;
        if (i >= end || !JsonBytes.digit(b[i])) return false;
        if (b[i] == '0') i++;
        else i = JsonBytes.digitsEnd(b, i, end);
        boolean isFloat = false;
        if (i < end && b[i] == '.') {
            isFloat = true;
            i++;
            if (i >= end || !JsonBytes.digit(b[i])) return false;
            i = JsonBytes.digitsEnd(b, i, end);
        }
        if (i < end && (b[i] == 'e' || b[i] == 'E')) {
            isFloat = true;
            i++;
            if (i < end && (b[i] == '+' || b[i] == '-')) i++;
            if (i >= end || !JsonBytes.digit(b[i])) return false;
            while (i < end && JsonBytes.digit(b[i])) i++;
        }
        if (i < end && JsonBytes.isTokenChar(b[i])) return false;
        pos = i;
        kindOut = isFloat ? FLOAT : INT;
        return true;
    }

    private static byte[] b(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }
    /** Which known field a key is: dispatch on length and a letter, then one exact comparison. */
    private static int field(byte[] b, int off, int len) {
        int f = switch (len) {
            case 8 -> b[off] == 'a' ? APP_NAME : b[off] == 'e' ? EVENT_ID : b[off] == 'l' ? LEVEL_ID : -1;
            case 9 -> CLIENT_ID;
            case 10 -> b[off] == 'e' ? EVENT_TYPE : b[off] == 's' ? SESSION_ID
                    : b[off + 9] == 'x' ? POSITION_X : POSITION_Y;
            case 11 -> APP_VERSION;
            case 13 -> EVENT_VERSION;
            case 15 -> TIMESTAMP;
            default -> -1;
        };
        // every known key is 8 to 15 bytes long: its first and last eight bytes cover it
        return f >= 0 && JsonBytes.word(b, off) == HEADS[f] && JsonBytes.word(b, off + len - 8) == TAILS[f] ? f : -1;
    }
}
