package dev.playlens.demo.output;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Lines (each ending in a newline) with the time they reach the bucket, in production order. The bytes
 * live in one growing arena and an entry points into it, so a duplicate costs no copy and no String is
 * made per line.
 */
public final class LineBatch {
    byte[] bytes = new byte[1 << 16];
    int used;
    long[] delivered = new long[1024];
    int[] start = new int[1024];
    int[] length = new int[1024];
    int size;

    /** Adds an entry for the arena bytes [{@code from}, {@code from + len}). */
    void add(long deliveredAt, int from, int len) {
        if (size == start.length) {
            delivered = Arrays.copyOf(delivered, size * 2);
            start = Arrays.copyOf(start, size * 2);
            length = Arrays.copyOf(length, size * 2);
        }
        delivered[size] = deliveredAt;
        start[size] = from;
        length[size++] = len;
    }

    /** Copies a whole line (newline appended) into the arena and adds an entry for it. */
    void addLine(long deliveredAt, String line) {
        byte[] b = (line + "\n").getBytes(StandardCharsets.ISO_8859_1);
        ensure(b.length);
        System.arraycopy(b, 0, bytes, used, b.length);
        add(deliveredAt, used, b.length);
        used += b.length;
    }

    /** The text of the arena line at [{@code from}, {@code from + len}) without its newline. */
    String text(int from, int len) {
        return new String(bytes, from, len - 1, StandardCharsets.ISO_8859_1);
    }

    void ensure(int extra) {
        if (used + extra > bytes.length) bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, used + extra));
    }

    /** Drops the spare capacity left by doubling, for a batch that is complete and will be kept a while. */
    public void trim() {
        bytes = Arrays.copyOf(bytes, used);
        delivered = Arrays.copyOf(delivered, size);
        start = Arrays.copyOf(start, size);
        length = Arrays.copyOf(length, size);
    }

    public int size() {
        return size;
    }
}
