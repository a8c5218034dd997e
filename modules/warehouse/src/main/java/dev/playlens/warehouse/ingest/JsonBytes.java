package dev.playlens.warehouse.ingest;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * Byte-level helpers for the fast paths: finding a byte and scanning plain JSON string content eight bytes
 * at a time (SWAR: "SIMD within a register"), hex digits by table. Each result is identical to the obvious
 * byte-by-byte loop; the word tricks only skip over stretches that contain nothing of interest.
 */
final class JsonBytes {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;
    private static final long QUOTES = ONES * '"';
    private static final long BACKSLASHES = ONES * '\\';
    private static final byte[] HEX = new byte[256];

    static {
        Arrays.fill(HEX, (byte) -1);
        for (int i = 0; i < 10; i++) HEX['0' + i] = (byte) i;
        for (int i = 0; i < 6; i++) {
            HEX['a' + i] = (byte) (10 + i);
            HEX['A' + i] = (byte) (10 + i);
        }
    }

    private JsonBytes() {
    }

    /** Non-zero when some byte of {@code x} is zero (the classic exact test). */
    private static long zeroByte(long x) {
        return (x - ONES) & ~x & HIGHS;
    }

    /** The index of the first {@code target} in {@code b[from, to)}, or -1. */
    static int indexOf(byte[] b, int from, int to, byte target) {
        long pattern = ONES * (target & 0xff);
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long hit = zeroByte((long) LONGS.get(b, i) ^ pattern);
            if (hit != 0) return i + (Long.numberOfTrailingZeros(hit) >>> 3);
        }
        for (; i < to; i++) if (b[i] == target) return i;
        return -1;
    }

    /**
     * From {@code from} (just after an opening quote): the index of the closing quote when the content is
     * plain printable ASCII without escapes, or -1 when a backslash, a control character, DEL or a non-ASCII
     * byte comes first, or the line ends.
     */
    static int plainStringEnd(byte[] b, int from, int to) {
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long w = (long) LONGS.get(b, i);
            // A byte's high bit ends up set when it is >= 0x80 (w), below 0x20 (w - 0x20), DEL or above (w + 1),
            // '"' or '\\' (w ^ c, minus 1). Borrows and carries only travel upwards from such a byte, so the
            // lowest flagged byte is exactly the first special one.
            long special = (w | (w - ONES * 0x20) | (w + ONES) | ((w ^ QUOTES) - ONES) | ((w ^ BACKSLASHES) - ONES)) & HIGHS;
            if (special != 0) {
                i += Long.numberOfTrailingZeros(special) >>> 3;
                break;
            }
        }
        for (; i < to; i++) {
            byte c = b[i];
            if (c == '"') return i;
            if (c < 0x20 || c == '\\' || c == 0x7f) return -1; // non-ASCII bytes are negative
        }
        return -1;
    }

    /**
     * The index of the first byte in {@code b[from, to)} that is not an ASCII digit, or {@code to}. Per word:
     * {@code w - '0'} sets a byte's high bit when the byte is below '0' or non-ASCII, {@code w + (0x80 - ':')}
     * when it is above '9'; a borrow or carry only moves upwards from such a byte, so the lowest flagged byte
     * is exactly the first non-digit.
     */
    static int digitsEnd(byte[] b, int from, int to) {
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long w = (long) LONGS.get(b, i);
            long stop = ((w - ONES * '0') | (w + ONES * (0x80 - ':'))) & HIGHS;
            if (stop != 0) return i + (Long.numberOfTrailingZeros(stop) >>> 3);
        }
        while (i < to && digit(b[i])) i++;
        return i;
    }

    /** {@code n} hex digits as a non-negative value, or -1 when any is not a hex digit. */
    static long hex(byte[] b, int from, int n) {
        long v = 0;
        int bad = 0;
        for (int i = from; i < from + n; i++) {
            int d = HEX[b[i] & 0xff];
            bad |= d;
            v = v << 4 | (d & 0xf);
        }
        return bad < 0 ? -1 : v;
    }

    /** Skips JSON white space (space, tab, CR, LF). */
    static int skipWhitespace(byte[] b, int i, int end) {
        while (i < end && b[i] <= ' ' && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r' || b[i] == '\n')) i++;
        return i;
    }

    /** The eight bytes at {@code b[i]} as one little-endian word. */
    static long word(byte[] b, int i) {
        return (long) LONGS.get(b, i);
    }

    static boolean digit(byte c) {
        return c >= '0' && c <= '9';
    }

    /** Characters that would glue onto a number or literal and make it a different (invalid) token. */
    static boolean isTokenChar(byte c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || digit(c) || c == '.' || c == '_' || c == '-' || c == '+';
    }
}
