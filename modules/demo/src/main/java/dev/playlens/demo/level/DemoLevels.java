package dev.playlens.demo.level;

import java.util.List;

/**
 * The demo game's levels in play order, per app version. {@code ember_caverns} is the one whose layout
 * changes in 1.1; the others are the same in both versions.
 */
public final class DemoLevels {
    public static final List<String> IDS = List.of(SunkenHarbor.ID, EmberCaverns.ID, FrostfangKeep.ID);
    public static final List<String> VERSIONS = List.of("1.0", "1.1");
    public static final String CHANGED_LEVEL = EmberCaverns.ID;

    private DemoLevels() {
    }

    /** The designs of every level in {@code version}, in play order. */
    public static List<LevelDesign> designs(String version) {
        if (!VERSIONS.contains(version)) throw new IllegalArgumentException("unknown app version " + version);
        return List.of(SunkenHarbor.design(version), EmberCaverns.design(version), FrostfangKeep.design(version));
    }
}
