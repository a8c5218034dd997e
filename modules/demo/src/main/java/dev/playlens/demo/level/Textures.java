package dev.playlens.demo.level;

import java.awt.Color;
import java.awt.TexturePaint;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

/**
 * Noise textures (ground, lava, water, ice) used as paints so that shapes keep antialiased edges. They
 * are computed at half the image size and stretched over it with bilinear filtering: a quarter of the
 * noise samples for a look that differs only in the finest grain.
 */
final class Textures {
    private static final int SIZE = LevelDesign.SIZE / 2;
    private static final double SCALE = 0.5;

    private Textures() {
    }

    /** A two-colour mottled texture: large blotches plus fine grain. */
    static TexturePaint mottled(Color dark, Color light, long seed, double scale, double grain) {
        Noise noise = new Noise(seed);
        BufferedImage img = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_RGB);
        int[] px = pixels(img);
        for (int y = 0; y < SIZE; y++) {
            for (int x = 0; x < SIZE; x++) {
                double n = noise.fractal(x, y, scale * SCALE, 4);
                double fine = noise.fractal(x + 5000, y, 1.5, 1) - 0.5;
                px[y * SIZE + x] = mix(dark, light, clamp(n * 1.25 - 0.12 + fine * grain));
            }
        }
        return paint(img);
    }

    /** Glowing molten rock: dark crust veined with orange and yellow. */
    static TexturePaint lava(long seed) {
        Color[] ramp = {new Color(0x3B1A14), new Color(0x6B2417), new Color(0xA5391C), new Color(0xD0652B),
                new Color(0xE89B52)};
        return ramped(seed, 70, ramp, 3.0, 1.25);
    }

    static TexturePaint water(long seed) {
        Color[] ramp = {new Color(0x234E5C), new Color(0x2F6675), new Color(0x3C7C89), new Color(0x5B97A0)};
        return ramped(seed, 90, ramp, 1.6, 1.0);
    }

    static TexturePaint ice(long seed) {
        Color[] ramp = {new Color(0x8FBFD3), new Color(0xA9D2E2), new Color(0xC6E3EE), new Color(0xE2F1F7)};
        return ramped(seed, 60, ramp, 1.6, 1.0);
    }

    /** Ridged noise mapped through a colour ramp: {@code sharpness} thins the bright veins, {@code gain} lifts them. */
    private static TexturePaint ramped(long seed, double scale, Color[] ramp, double sharpness, double gain) {
        Noise noise = new Noise(seed);
        BufferedImage img = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_RGB);
        int[] px = pixels(img);
        for (int y = 0; y < SIZE; y++) {
            for (int x = 0; x < SIZE; x++) {
                // ridged noise gives vein-like bands rather than blotches
                double n = noise.fractal(x, y, scale * SCALE, 4);
                double ridge = 1 - Math.abs(n * 2 - 1);
                double t = clamp(Math.pow(ridge, sharpness) * gain);
                double pos = t * (ramp.length - 1);
                int i = Math.min(ramp.length - 2, (int) pos);
                px[y * SIZE + x] = mix(ramp[i], ramp[i + 1], pos - i);
            }
        }
        return paint(img);
    }

    private static int[] pixels(BufferedImage img) {
        return ((DataBufferInt) img.getRaster().getDataBuffer()).getData();
    }

    private static TexturePaint paint(BufferedImage img) {
        return new TexturePaint(img, new Rectangle2D.Double(0, 0, LevelDesign.SIZE, LevelDesign.SIZE));
    }

    static int mix(Color a, Color b, double t) {
        int r = (int) Math.round(Noise.lerp(a.getRed(), b.getRed(), t));
        int g = (int) Math.round(Noise.lerp(a.getGreen(), b.getGreen(), t));
        int bl = (int) Math.round(Noise.lerp(a.getBlue(), b.getBlue(), t));
        return (r << 16) | (g << 8) | bl;
    }

    static double clamp(double v) {
        return v < 0 ? 0 : Math.min(1, v);
    }
}
