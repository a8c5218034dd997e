package dev.playlens.demo.level;

/** What kills a player on a hazard; each kind has its own look on the map. */
public enum HazardKind {
    LAVA, WATER, THIN_ICE, PIT, SPIKES, FIRE_VENTS
}
