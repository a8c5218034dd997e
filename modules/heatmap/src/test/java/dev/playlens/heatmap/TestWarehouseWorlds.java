package dev.playlens.heatmap;

import dev.playlens.core.level.WorldRect;

/** The PUBG world rectangle: 0..816000 cm on both axes, no flip (calibration.json). */
final class TestWarehouseWorlds {
    static final WorldRect PUBG = new WorldRect(0, 0, 816000, 816000, false);

    private TestWarehouseWorlds() {
    }
}
