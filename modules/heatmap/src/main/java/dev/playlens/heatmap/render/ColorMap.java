package dev.playlens.heatmap.render;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * 256-entry colour lookup tables. viridis, inferno and magma are matplotlib's perceptually uniform maps
 * (data in colormaps.txt); hot is matplotlib's piecewise-linear "hot"; rdbu is ColorBrewer's 11-class RdBu,
 * reversed so that negative is blue and positive red (for B − A differences), interpolated linearly.
 */
public enum ColorMap {
    VIRIDIS("viridis", false, 0.1),
    INFERNO("inferno", false, 0.3),
    MAGMA("magma", false, 0.3),
    HOT("hot", false, 0.25),
    RDBU("rdbu", true, 0.0);

    private static final String[] RDBU_REVERSED = {"053061", "2166ac", "4393c3", "92c5de", "d1e5f0", "f7f7f7",
        "fddbc7", "f4a582", "d6604d", "b2182b", "67001f"};

    private final String id;
    private final boolean diverging;
    private final double overlayStart;

    ColorMap(String id, boolean diverging, double overlayStart) {
        this.id = id;
        this.diverging = diverging;
        this.overlayStart = overlayStart;
    }

    /** The name used by the CLI and the UI. */
    public String id() {
        return id;
    }

    public boolean isDiverging() {
        return diverging;
    }

    /**
     * Where the smallest non-zero value starts in the table when drawn over a level image: the near-black
     * ends of inferno, magma and hot would vanish on a dark map, so they are skipped.
     */
    public double overlayStart() {
        return overlayStart;
    }

    /** The 256 entries as 0xRRGGBB (a copy). */
    public int[] lut() {
        return Tables.TABLES.get(this).clone();
    }

    /** The colour (0xRRGGBB) at {@code t} in [0, 1], clamped. */
    public int rgb(double t) {
        int[] lut = Tables.TABLES.get(this);
        int i = (int) Math.round(Math.max(0, Math.min(1, t)) * 255);
        return lut[i];
    }

    public static ColorMap parse(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        for (ColorMap m : values()) if (m.id.equals(n)) return m;
        if (n.equals("rdbu_r") || n.equals("coolwarm") || n.equals("diverging")) return RDBU;
        throw new IllegalArgumentException("unknown colour map '" + name + "': expected one of " + names());
    }

    /** All names, the default sequential map first. */
    public static List<String> names() {
        return Arrays.stream(values()).map(ColorMap::id).toList();
    }

    /** Lazily built tables (enum constants cannot read static state while they are constructed). */
    private static final class Tables {
        static final Map<ColorMap, int[]> TABLES = build();

        private static Map<ColorMap, int[]> build() {
            Map<ColorMap, int[]> t = new HashMap<>(readResource());
            t.put(HOT, hot());
            t.put(RDBU, interpolate(RDBU_REVERSED));
            for (ColorMap m : values()) {
                if (t.get(m) == null || t.get(m).length != 256) throw new IllegalStateException("no table for " + m);
            }
            return t;
        }

        private static Map<ColorMap, int[]> readResource() {
            Map<ColorMap, int[]> t = new HashMap<>();
            try (InputStream in = ColorMap.class.getResourceAsStream("colormaps.txt")) {
                if (in == null) throw new IllegalStateException("colormaps.txt missing from the heatmap module");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
                for (String line; (line = r.readLine()) != null; ) {
                    if (line.isBlank() || line.startsWith("#")) continue;
                    String[] parts = line.trim().split("\\s+");
                    t.put(parse(parts[0]), hexTable(parts[1]));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return t;
        }

        private static int[] hexTable(String hex) {
            if (hex.length() != 256 * 6) throw new IllegalStateException("colour table must have 256 entries");
            int[] lut = new int[256];
            for (int i = 0; i < 256; i++) lut[i] = Integer.parseInt(hex, i * 6, i * 6 + 6, 16);
            return lut;
        }

        /** matplotlib "hot": red rises to 1 by 0.365, then green by 0.746, then blue by 1. */
        private static int[] hot() {
            int[] lut = new int[256];
            for (int i = 0; i < 256; i++) {
                double x = i / 255.0;
                double r = ramp(x, 0, 0.365079, 0.0416);
                double g = ramp(x, 0.365079, 0.746032, 0);
                double b = ramp(x, 0.746032, 1, 0);
                lut[i] = rgb(r, g, b);
            }
            return lut;
        }

        private static double ramp(double x, double start, double end, double from) {
            if (x <= start) return from;
            if (x >= end) return 1;
            return from + (1 - from) * (x - start) / (end - start);
        }

        private static int[] interpolate(String[] stops) {
            int[] lut = new int[256];
            for (int i = 0; i < 256; i++) {
                double pos = i / 255.0 * (stops.length - 1);
                int k = Math.min(stops.length - 2, (int) pos);
                double f = pos - k;
                int c0 = Integer.parseInt(stops[k], 16);
                int c1 = Integer.parseInt(stops[k + 1], 16);
                lut[i] = rgb(mix(c0 >> 16, c1 >> 16, f), mix((c0 >> 8) & 255, (c1 >> 8) & 255, f),
                        mix(c0 & 255, c1 & 255, f));
            }
            return lut;
        }

        private static double mix(int a, int b, double f) {
            return (a + (b - a) * f) / 255.0;
        }

        private static int rgb(double r, double g, double b) {
            return (int) Math.round(r * 255) << 16 | (int) Math.round(g * 255) << 8 | (int) Math.round(b * 255);
        }
    }
}
