package dev.playlens.demo.level;

/** Seeded fractal value noise in [0, 1] for textures; a pure function of (x, y, seed). */
final class Noise {
    private final long seed;

    Noise(long seed) {
        this.seed = seed;
    }

    /** Fractal noise with {@code octaves} octaves; {@code scale} is the size of the largest feature in pixels. */
    double fractal(double x, double y, double scale, int octaves) {
        double sum = 0;
        double amp = 1;
        double norm = 0;
        double f = 1 / scale;
        for (int o = 0; o < octaves; o++) {
            sum += amp * value(x * f, y * f, o);
            norm += amp;
            amp *= 0.5;
            f *= 2;
        }
        return sum / norm;
    }

    private double value(double x, double y, int octave) {
        int xi = (int) Math.floor(x);
        int yi = (int) Math.floor(y);
        double tx = smooth(x - xi);
        double ty = smooth(y - yi);
        double a = lattice(xi, yi, octave);
        double b = lattice(xi + 1, yi, octave);
        double c = lattice(xi, yi + 1, octave);
        double d = lattice(xi + 1, yi + 1, octave);
        return lerp(lerp(a, b, tx), lerp(c, d, tx), ty);
    }

    private double lattice(int x, int y, int octave) {
        long h = seed ^ (x * 0x9E3779B97F4A7C15L) ^ (y * 0xC2B2AE3D27D4EB4FL) ^ (octave * 0x165667B19E3779F9L);
        h = (h ^ (h >>> 31)) * 0xBF58476D1CE4E5B9L;
        h = (h ^ (h >>> 29)) * 0x94D049BB133111EBL;
        h ^= h >>> 32;
        return (h & 0xFFFFFF) / (double) 0x1000000;
    }

    private static double smooth(double t) {
        return t * t * (3 - 2 * t);
    }

    static double lerp(double a, double b, double t) {
        return a + (b - a) * t;
    }
}
