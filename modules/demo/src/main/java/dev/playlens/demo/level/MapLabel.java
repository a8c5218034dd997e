package dev.playlens.demo.level;

/** An area name printed on the map at (x, y) image pixels. */
public record MapLabel(String text, double x, double y) {
}
