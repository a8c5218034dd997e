package dev.playlens.warehouse.ingest;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** The fast decimal parse must give exactly Double.parseDouble's double, on the exact path and off it. */
class PlainDecimalTest {
    @Test
    void equalsDoubleParseDouble() {
        SplittableRandom r = new SplittableRandom(11);
        for (int i = 0; i < 200_000; i++) {
            StringBuilder s = new StringBuilder();
            if (r.nextBoolean()) s.append('-');
            s.append(r.nextLong(0, r.nextBoolean() ? 1000 : Long.MAX_VALUE));
            if (r.nextDouble() < 0.8) {
                s.append('.');
                int decimals = r.nextInt(1, r.nextBoolean() ? 4 : 26);
                for (int d = 0; d < decimals; d++) s.append((char) ('0' + r.nextInt(10)));
            }
            assertParsesLikeJava(s.toString());
        }
        for (String s : new String[]{"0", "0.0", "9007199254740991", "9007199254740993", "90071992547409.93",
                "0.1", "0.30000000000000004", "123.456", "1.0000000000000000000001", "0.0000000000000000000001234",
                "179769313486231570000000000000000000000000000000000000000000000000000000000000000000000000000000000"}) {
            assertParsesLikeJava(s);
            assertParsesLikeJava("-" + s);
        }
    }

    private static void assertParsesLikeJava(String s) {
        byte[] b = ("[" + s + "]").getBytes(StandardCharsets.US_ASCII);
        assertThat(Double.doubleToRawLongBits(PlainDecimal.parse(b, 1, s.length())))
                .as(s).isEqualTo(Double.doubleToRawLongBits(Double.parseDouble(s)));
    }
}
