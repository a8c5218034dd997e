package dev.playlens.demo.level;

import java.awt.Shape;

/** A deadly area of a level, in image pixels. */
public record Hazard(HazardKind kind, String name, Shape shape) {
}
