package dev.playlens.warehouse.ingest;

import java.nio.charset.StandardCharsets;

/**
 * Parses a plain JSON decimal ({@code -?digits(.digits)?}) to the double {@link Double#parseDouble} gives.
 * Fast path (Clinger): when the digits, without the point, form an integer below 2^53 and there are at most
 * 22 decimals, both the integer and the power of ten are exact doubles and one IEEE division rounds
 * correctly. Anything else goes to {@code Double.parseDouble}.
 */
final class PlainDecimal {
    private static final double[] POWERS = new double[23];
    private static final long EXACT = 1L << 53;

    static {
        POWERS[0] = 1;
        for (int i = 1; i < POWERS.length; i++) POWERS[i] = POWERS[i - 1] * 10;
    }

    private PlainDecimal() {
    }

    static double parse(byte[] b, int off, int len) {
        int i = off, end = off + len;
        boolean negative = b[i] == '-';
        if (negative) i++;
        long digits = 0;
        int decimals = -1;
        for (; i < end; i++) {
            byte c = b[i];
            if (c == '.' && decimals < 0) {
                decimals = 0;
                continue;
            }
            if (c < '0' || c > '9' || digits >= EXACT / 10) return slow(b, off, len);
            digits = digits * 10 + (c - '0');
            if (decimals >= 0) decimals++;
        }
        if (decimals > 22) return slow(b, off, len);
        double v = decimals > 0 ? digits / POWERS[decimals] : digits;
        return negative ? -v : v;
    }

    private static double slow(byte[] b, int off, int len) {
        return Double.parseDouble(new String(b, off, len, StandardCharsets.ISO_8859_1));
    }
}
