package dev.playlens.warehouse.ingest;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** The word-at-a-time helpers must answer exactly like the plain byte loops they replace. */
class JsonBytesTest {
    private static final byte[] ALPHABET = {'a', 'Z', '0', ' ', '"', '\\', '\n', 0x01, 0x1f, 0x20, 0x7e, 0x7f, (byte) 0x80,
            (byte) 0xc3, (byte) 0xff, '{', ':'};

    @Test
    void matchesTheNaiveLoops() {
        SplittableRandom r = new SplittableRandom(3);
        for (int round = 0; round < 20_000; round++) {
            byte[] b = new byte[r.nextInt(0, 40)];
            for (int i = 0; i < b.length; i++) {
                b[i] = r.nextDouble() < 0.85 ? (byte) ('a' + r.nextInt(26)) : ALPHABET[r.nextInt(ALPHABET.length)];
            }
            int from = b.length == 0 ? 0 : r.nextInt(b.length);
            assertThat(JsonBytes.indexOf(b, from, b.length, (byte) '\n')).isEqualTo(naiveIndexOf(b, from, (byte) '\n'));
            assertThat(JsonBytes.plainStringEnd(b, from, b.length)).isEqualTo(naiveStringEnd(b, from));
        }
    }

    @Test
    void plainStringsEndAtTheFirstSpecialByteWhateverItsValue() {
        everyByteAtEveryPosition("abcdefghijklmnopqrs\"", (b, from) -> assertThat(JsonBytes.plainStringEnd(b, from, b.length))
                .as("%s from %d", Arrays.toString(b), from).isEqualTo(naiveStringEnd(b, from)));
    }

    @Test
    void digitRunsEndAtTheFirstNonDigitWhateverItsValue() {
        everyByteAtEveryPosition("12345678901234567890", (b, from) -> assertThat(JsonBytes.digitsEnd(b, from, b.length))
                .as("%s from %d", Arrays.toString(b), from).isEqualTo(naiveDigitsEnd(b, from)));
        SplittableRandom r = new SplittableRandom(5);
        for (int round = 0; round < 20_000; round++) {
            byte[] b = new byte[r.nextInt(0, 40)];
            for (int i = 0; i < b.length; i++) b[i] = (byte) (r.nextDouble() < 0.9 ? '0' + r.nextInt(10) : r.nextInt(256));
            int from = b.length == 0 ? 0 : r.nextInt(b.length);
            assertThat(JsonBytes.digitsEnd(b, from, b.length)).isEqualTo(naiveDigitsEnd(b, from));
        }
    }

    @Test
    void hexAcceptsOnlyHexDigits() {
        byte[] ok = "09afAF".getBytes();
        assertThat(JsonBytes.hex(ok, 0, 6)).isEqualTo(0x09afafL);
        for (String bad : new String[]{"g", "+", "-", " ", "\u00e9"}) {
            assertThat(JsonBytes.hex(bad.getBytes(java.nio.charset.StandardCharsets.UTF_8), 0, 1)).as(bad).isEqualTo(-1);
        }
    }

    private static int naiveIndexOf(byte[] b, int from, byte t) {
        for (int i = from; i < b.length; i++) if (b[i] == t) return i;
        return -1;
    }

    /** Each byte value at each position of {@code base}, checked from every start at or before it. */
    private static void everyByteAtEveryPosition(String base, java.util.function.ObjIntConsumer<byte[]> check) {
        for (int at = 0; at < base.length(); at++) {
            for (int v = 0; v < 256; v++) {
                byte[] b = base.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
                b[at] = (byte) v;
                for (int from = 0; from <= at; from++) check.accept(b, from);
            }
        }
    }

    private static int naiveDigitsEnd(byte[] b, int from) {
        int i = from;
        while (i < b.length && b[i] >= '0' && b[i] <= '9') i++;
        return i;
    }

    private static int naiveStringEnd(byte[] b, int from) {
        for (int i = from; i < b.length; i++) {
            int c = b[i] & 0xff;
            if (c == '"') return i;
            if (c < 0x20 || c == '\\' || c >= 0x7f) return -1;
        }
        return -1;
    }
}
