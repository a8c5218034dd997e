package dev.playlens.demo.level;

import dev.playlens.core.level.WorldRect;

import java.awt.Shape;
import java.awt.geom.Area;
import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;

/**
 * One level in one app version, designed in image pixels (1024 x 1024): the walkable floor, the
 * hazards and crossings drawn on top, spawn and goal, labels, and where deaths cluster. The world
 * calibration turns pixels into the world units that events carry.
 *
 * @param difficulty how hard an attempt is (logit offset); higher = more deaths
 * @param walls      extra wall segments drawn on the floor (castle walls), already cut out of the floor
 */
public record LevelDesign(String id, String name, String version, Theme theme, WorldRect world, double difficulty,
                          Area floor, List<Shape> walls, List<Hazard> hazards, List<Crossing> crossings,
                          Point2D spawn, Point2D goal, List<MapLabel> labels, List<Point2D> enemyCamps,
                          List<DeathZone> deathZones, String changeNote) {
    public static final int SIZE = 1024;

    public Calibration calibration() {
        return new Calibration(world, SIZE, SIZE);
    }

    public static Builder builder(String id, String name, String version, Theme theme, WorldRect world) {
        return new Builder(id, name, version, theme, world);
    }

    /** Collects a level's parts; floor pieces are unioned, walls are cut out of the floor. */
    public static final class Builder {
        private final String id;
        private final String name;
        private final String version;
        private final Theme theme;
        private final WorldRect world;
        private double difficulty;
        private final Area floor = new Area();
        private final List<Shape> walls = new ArrayList<>();
        private final List<Hazard> hazards = new ArrayList<>();
        private final List<Crossing> crossings = new ArrayList<>();
        private final List<MapLabel> labels = new ArrayList<>();
        private final List<Point2D> camps = new ArrayList<>();
        private final List<DeathZone> zones = new ArrayList<>();
        private Point2D spawn;
        private Point2D goal;
        private String changeNote = "";

        private Builder(String id, String name, String version, Theme theme, WorldRect world) {
            this.id = id;
            this.name = name;
            this.version = version;
            this.theme = theme;
            this.world = world;
        }

        public Builder difficulty(double d) {
            difficulty = d;
            return this;
        }

        public Builder floor(Shape... shapes) {
            for (Shape s : shapes) floor.add(new Area(s));
            return this;
        }

        public Builder wall(Shape s) {
            walls.add(s);
            return this;
        }

        public Builder hazard(HazardKind kind, String hazardName, Shape shape) {
            // an Area drops the seams a stroked curve's outline has at its joins
            hazards.add(new Hazard(kind, hazardName, new Area(shape)));
            return this;
        }

        public Builder crossing(Crossing.Kind kind, String crossingName, double x1, double y1, double x2, double y2,
                                double width) {
            crossings.add(new Crossing(kind, crossingName, x1, y1, x2, y2, width));
            return this;
        }

        public Builder label(String text, double x, double y) {
            labels.add(new MapLabel(text, x, y));
            return this;
        }

        public Builder camp(double x, double y) {
            camps.add(new Point2D.Double(x, y));
            return this;
        }

        public Builder spawn(double x, double y) {
            spawn = new Point2D.Double(x, y);
            return this;
        }

        public Builder goal(double x, double y) {
            goal = new Point2D.Double(x, y);
            return this;
        }

        /** Deaths from a hazard: the blob must land inside the named hazard. */
        public Builder hazardDeaths(String hazardName, double x, double y, double sigma, double weight) {
            Hazard hz = hazards.stream().filter(z -> z.name().equals(hazardName)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no hazard " + hazardName + " in " + id));
            zones.add(new DeathZone(hazardName, DeathZone.Cause.HAZARD, x, y, sigma, weight, hz.shape()));
            return this;
        }

        /** Deaths from enemies holding a chokepoint: the blob must land on walkable ground. */
        public Builder ambushDeaths(String zoneName, double x, double y, double sigma, double weight) {
            zones.add(new DeathZone(zoneName, DeathZone.Cause.AMBUSH, x, y, sigma, weight, null));
            return this;
        }

        public Builder changeNote(String note) {
            changeNote = note;
            return this;
        }

        public LevelDesign build() {
            Area f = new Area(floor);
            for (Shape w : walls) f.subtract(new Area(w));
            for (Crossing c : crossings) f.add(new Area(c.shape()));
            return new LevelDesign(id, name, version, theme, world, difficulty, f, List.copyOf(walls),
                    List.copyOf(hazards), List.copyOf(crossings), spawn, goal, List.copyOf(labels),
                    List.copyOf(camps), List.copyOf(zones), changeNote);
        }
    }
}
