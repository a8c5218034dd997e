package dev.playlens.demo.level;

import java.awt.Shape;

/**
 * Where deaths cluster: a Gaussian blob at (x, y) with {@code sigma} pixels, drawn with relative
 * {@code weight}. Samples must fall inside {@code accept} (the hazard itself, so a drowning is drawn on
 * water) or, when {@code accept} is null, on walkable ground (an ambush at a chokepoint).
 */
public record DeathZone(String name, Cause cause, double x, double y, double sigma, double weight, Shape accept) {
    public enum Cause { HAZARD, AMBUSH }
}
