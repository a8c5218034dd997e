package dev.playlens.demo.level;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Draws death positions for one level design: mostly Gaussian blobs at its death zones (kept on the
 * hazard they belong to, or on walkable ground for ambushes), some uniform noise over the walkable
 * floor, and a rare glitch where a body falls through the world (a position outside the image).
 * Thread-safe: all state is read-only after construction.
 */
public final class DeathSampler {
    /** Share of deaths anywhere on walkable ground (stray enemies, falls, bad luck). */
    public static final double UNIFORM_SHARE = 0.15;
    /** Share of deaths reported below the map (fell through the world): a real-data artefact to clip. */
    public static final double OUT_OF_WORLD_SHARE = 0.0015;
    private static final int SIZE = LevelDesign.SIZE;
    private static final int MAX_TRIES = 64;

    private final LevelDesign design;
    private final byte[] walkable;
    private final byte[] hazardAt;
    private final int[] zoneHazard;
    private final double[] cumulative;

    public DeathSampler(LevelDesign design) {
        this.design = design;
        this.walkable = rasterWalkable(design);
        this.hazardAt = rasterHazards(design);
        List<DeathZone> zones = design.deathZones();
        zoneHazard = new int[zones.size()];
        cumulative = new double[zones.size()];
        double sum = 0;
        for (int i = 0; i < zones.size(); i++) {
            DeathZone z = zones.get(i);
            zoneHazard[i] = z.accept() == null ? 0 : design.hazards().stream().map(Hazard::shape).toList()
                    .indexOf(z.accept()) + 1;
            sum += z.weight();
            cumulative[i] = sum;
        }
        for (int i = 0; i < cumulative.length; i++) cumulative[i] /= sum;
    }

    public LevelDesign design() {
        return design;
    }

    /** Writes a death position in image pixels into {@code out[0], out[1]}. */
    public void sample(SplittableRandom rnd, double[] out) {
        double u = rnd.nextDouble();
        if (u < OUT_OF_WORLD_SHARE) {
            out[0] = design.spawn().getX() + (rnd.nextDouble() - 0.5) * 200;
            out[1] = SIZE + 40 + rnd.nextDouble() * 160;
            return;
        }
        if (u < OUT_OF_WORLD_SHARE + UNIFORM_SHARE || cumulative.length == 0) {
            uniform(rnd, out);
            return;
        }
        int zone = pickZone(rnd.nextDouble());
        if (!fromZone(zone, rnd, out)) uniform(rnd, out);
    }

    /** Fraction of {@code n} Gaussian draws of a zone that land where the zone accepts them (a design check). */
    public double acceptance(int zone, SplittableRandom rnd, int n) {
        DeathZone z = design.deathZones().get(zone);
        int ok = 0;
        for (int i = 0; i < n; i++) {
            if (accepts(zone, z.x() + rnd.nextGaussian() * z.sigma(), z.y() + rnd.nextGaussian() * z.sigma())) ok++;
        }
        return ok / (double) n;
    }

    public boolean isWalkable(double px, double py) {
        int i = index(px, py);
        return i >= 0 && walkable[i] != 0;
    }

    /** The 1-based index into {@code design().hazards()} at this pixel, 0 when none (bridges are not hazards). */
    public int hazardAt(double px, double py) {
        int i = index(px, py);
        return i < 0 ? 0 : hazardAt[i] & 0xFF;
    }

    private boolean fromZone(int zone, SplittableRandom rnd, double[] out) {
        DeathZone z = design.deathZones().get(zone);
        for (int t = 0; t < MAX_TRIES; t++) {
            double x = z.x() + rnd.nextGaussian() * z.sigma();
            double y = z.y() + rnd.nextGaussian() * z.sigma();
            if (accepts(zone, x, y)) {
                out[0] = x;
                out[1] = y;
                return true;
            }
        }
        return false;
    }

    private boolean accepts(int zone, double x, double y) {
        return zoneHazard[zone] == 0 ? isWalkable(x, y) && hazardAt(x, y) == 0 : hazardAt(x, y) == zoneHazard[zone];
    }

    private void uniform(SplittableRandom rnd, double[] out) {
        while (true) {
            double x = rnd.nextDouble() * SIZE;
            double y = rnd.nextDouble() * SIZE;
            if (isWalkable(x, y)) {
                out[0] = x;
                out[1] = y;
                return;
            }
        }
    }

    private int pickZone(double u) {
        for (int i = 0; i < cumulative.length; i++) if (u < cumulative[i]) return i;
        return cumulative.length - 1;
    }

    private static int index(double px, double py) {
        if (!(px >= 0 && py >= 0 && px < SIZE && py < SIZE)) return -1;
        return (int) py * SIZE + (int) px;
    }

    /** Floor, minus the hazards nobody stands in (lava, water, ice), plus bridges and gates. */
    private static byte[] rasterWalkable(LevelDesign d) {
        BufferedImage mask = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = mask.createGraphics();
        g.setColor(Color.WHITE);
        g.fill(d.floor());
        g.setColor(Color.BLACK);
        for (Hazard h : d.hazards()) {
            if (h.kind() == HazardKind.LAVA || h.kind() == HazardKind.WATER || h.kind() == HazardKind.THIN_ICE) {
                g.fill(h.shape());
            }
        }
        g.setColor(Color.WHITE);
        for (Crossing c : d.crossings()) g.fill(c.shape());
        g.dispose();
        return ((DataBufferByte) mask.getRaster().getDataBuffer()).getData();
    }

    /** Each hazard painted with its 1-based index; bridges painted over with 0 so deaths land beside them. */
    private static byte[] rasterHazards(LevelDesign d) {
        BufferedImage mask = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = mask.createGraphics(); // no antialiasing: every pixel gets exactly one index
        for (int i = 0; i < d.hazards().size(); i++) {
            g.setColor(new Color(0, 0, i + 1));
            g.fill(d.hazards().get(i).shape());
        }
        g.setColor(Color.BLACK);
        for (Crossing c : d.crossings()) g.fill(c.shape());
        g.dispose();
        int[] px = ((DataBufferInt) mask.getRaster().getDataBuffer()).getData();
        byte[] out = new byte[px.length];
        for (int k = 0; k < px.length; k++) out[k] = (byte) (px[k] & 0xFF);
        return out;
    }
}
