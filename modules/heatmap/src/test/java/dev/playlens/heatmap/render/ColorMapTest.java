package dev.playlens.heatmap.render;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ColorMapTest {

    @Test
    void perceptualMapsHaveMatplotlibsEndpoints() {
        // matplotlib _cm_listed: viridis 0 = (0.267004, 0.004874, 0.329415), 255 = (0.993248, 0.906157, 0.143936)
        assertThat(ColorMap.VIRIDIS.lut()[0]).isEqualTo(rgb(0.267004, 0.004874, 0.329415));
        assertThat(ColorMap.VIRIDIS.lut()[255]).isEqualTo(rgb(0.993248, 0.906157, 0.143936));
        assertThat(ColorMap.MAGMA.lut()[0]).isEqualTo(rgb(0.001462, 0.000466, 0.013866));
        assertThat(ColorMap.MAGMA.lut()[255]).isEqualTo(rgb(0.987053, 0.991438, 0.749504));
        assertThat(ColorMap.INFERNO.lut()[255]).isEqualTo(rgb(0.988362, 0.998364, 0.644924));
    }

    @Test
    void sequentialMapsGetSteadilyLighterWithoutJumps() {
        double rise = lightness(ColorMap.VIRIDIS.lut()[255]) - lightness(ColorMap.VIRIDIS.lut()[0]);
        assertThat(rise).isGreaterThan(60);
        for (ColorMap m : new ColorMap[]{ColorMap.VIRIDIS, ColorMap.INFERNO, ColorMap.MAGMA, ColorMap.HOT}) {
            int[] lut = m.lut();
            assertThat(lut).hasSize(256);
            for (int i = 1; i < 256; i++) {
                // 8-bit rounding wobbles a little
                assertThat(lightness(lut[i])).as("%s entry %d", m, i).isGreaterThan(lightness(lut[i - 1]) - 0.5);
                assertThat(distance(lut[i], lut[i - 1])).as("%s step %d", m, i).isLessThan(14);
            }
        }
        assertThat(ColorMap.HOT.lut()[255]).isEqualTo(0xffffff);
        assertThat(ColorMap.HOT.lut()[0]).isEqualTo(rgb(0.0416, 0, 0));
    }

    @Test
    void divergingMapRunsBlueThroughWhiteToRed() {
        int[] lut = ColorMap.RDBU.lut();
        assertThat(ColorMap.RDBU.isDiverging()).isTrue();
        assertThat(lut[0] & 0xff).isGreaterThan(lut[0] >> 16);           // blue end
        assertThat(lut[255] >> 16).isGreaterThan(lut[255] & 0xff);       // red end
        int mid = ColorMap.RDBU.rgb(0.5);
        assertThat(Math.min(mid >> 16, Math.min((mid >> 8) & 255, mid & 255))).isGreaterThan(235);
        for (int i = 1; i < 256; i++) assertThat(distance(lut[i], lut[i - 1])).isLessThan(16);
    }

    @Test
    void namesParseAndUnknownOnesAreNamedInTheError() {
        assertThat(ColorMap.parse("Viridis")).isEqualTo(ColorMap.VIRIDIS);
        assertThat(ColorMap.parse("coolwarm")).isEqualTo(ColorMap.RDBU);
        assertThat(ColorMap.names()).containsExactly("viridis", "inferno", "magma", "hot", "rdbu");
        assertThatThrownBy(() -> ColorMap.parse("jet")).hasMessageContaining("'jet'").hasMessageContaining("viridis");
    }

    private static int rgb(double r, double g, double b) {
        return (int) Math.round(r * 255) << 16 | (int) Math.round(g * 255) << 8 | (int) Math.round(b * 255);
    }

    private static double distance(int a, int b) {
        return Math.sqrt(sq((a >> 16) - (b >> 16)) + sq(((a >> 8) & 255) - ((b >> 8) & 255))
                + sq((a & 255) - (b & 255)));
    }

    private static double sq(double v) {
        return v * v;
    }

    /** CIE L* of an sRGB colour. */
    private static double lightness(int rgb) {
        double y = 0.2126 * lin((rgb >> 16) & 255) + 0.7152 * lin((rgb >> 8) & 255) + 0.0722 * lin(rgb & 255);
        return y > 216.0 / 24389 ? 116 * Math.cbrt(y) - 16 : y * 24389.0 / 27;
    }

    private static double lin(int c) {
        double v = c / 255.0;
        return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
}
