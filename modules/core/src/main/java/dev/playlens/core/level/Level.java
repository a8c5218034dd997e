package dev.playlens.core.level;

/**
 * A level of the game: its id as in {@code game_events.level_id}, a display name, the image path
 * (relative to the folder of the levels file), the image size in pixels and its world calibration.
 */
public record Level(String id, String name, String image, int width, int height, WorldRect world) {
}
