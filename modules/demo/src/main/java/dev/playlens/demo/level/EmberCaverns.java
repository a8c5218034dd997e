package dev.playlens.demo.level;

import dev.playlens.core.level.WorldRect;

import static dev.playlens.demo.level.Shapes.blob;
import static dev.playlens.demo.level.Shapes.curve;
import static dev.playlens.demo.level.Shapes.ellipse;
import static dev.playlens.demo.level.Shapes.room;

/**
 * Level 2, a lava cave crossed by a river of magma. World y grows upward (flipY) and the origin is the
 * centre, 0.625 units a pixel. In 1.1 the narrow Cinder Bridge, the level's deadliest chokepoint, was
 * rebuilt wider and about 180 px further north, so a version diff shows deaths moving.
 */
final class EmberCaverns {
    static final String ID = "ember_caverns";
    static final WorldRect WORLD = new WorldRect(-320, -320, 320, 320, true);
    static final String CHANGE_1_1 = "1.1: Cinder Bridge rebuilt wider and moved north";

    private EmberCaverns() {
    }

    static LevelDesign design(String version) {
        boolean v10 = "1.0".equals(version);
        LevelDesign.Builder b = LevelDesign.builder(ID, "Ember Caverns", version, Theme.CAVE, WORLD)
                .difficulty(v10 ? 1.6 : 1.3)
                .floor(blob(150, 860, 118, 96, 0.18, 21), blob(230, 470, 138, 122, 0.2, 22),
                        blob(240, 190, 108, 78, 0.2, 23), blob(780, 545, 152, 132, 0.15, 24),
                        blob(822, 150, 118, 100, 0.12, 25), blob(800, 862, 122, 100, 0.2, 26))
                .floor(curve(54, 160, 780, 190, 650, 215, 560), curve(50, 232, 360, 252, 290, 240, 240),
                        curve(56, 792, 420, 832, 330, 822, 240), curve(54, 782, 660, 800, 770),
                        curve(46, 250, 880, 400, 902, 520, 896, 690, 876))
                .hazard(HazardKind.LAVA, "Magma River",
                        curve(100, 505, -30, 480, 200, 520, 400, 495, 620, 515, 820, 500, 1054))
                .hazard(HazardKind.LAVA, "Forge Crucible", blob(790, 565, 46, 38, 0.2, 27))
                .hazard(HazardKind.PIT, "Ash Chasm", ellipse(765, 885, 31, 24))
                .hazard(HazardKind.PIT, "Ash Sinkhole", ellipse(852, 830, 21, 19))
                .hazard(HazardKind.PIT, "Collapsed Floor", ellipse(262, 505, 22, 18))
                .hazard(HazardKind.FIRE_VENTS, "Fire Vents", room(806, 306, 856, 356, 6))
                .crossing(Crossing.Kind.BRIDGE, "Slag Ford", 440, 896, 575, 892, 30)
                .spawn(118, 880).goal(832, 140)
                .camp(860, 215).camp(610, 880)
                .label("ENTRY GROTTO", 165, 780).label("MUSHROOM HOLLOW", 230, 382)
                .label("CRYSTAL GALLERY", 240, 185).label("FORGE HALL", 800, 470)
                .label("MAGMA THRONE", 822, 245).label("ASH PITS", 800, 945)
                .label("SLAG FORD", 508, 940)
                .hazardDeaths("Magma River", 507, 905, 20, 1.1)
                .hazardDeaths("Forge Crucible", 790, 565, 17, 1.0)
                .hazardDeaths("Ash Chasm", 765, 885, 12, 1.0)
                .hazardDeaths("Ash Sinkhole", 852, 830, 9, 0.6)
                .hazardDeaths("Collapsed Floor", 262, 505, 9, 0.6)
                .hazardDeaths("Fire Vents", 831, 331, 13, 1.2)
                .ambushDeaths("Slag Ford east end", 600, 886, 15, 0.8)
                .ambushDeaths("Magma Throne boss", 825, 165, 34, 1.8);
        if (v10) {
            b.floor(curve(50, 330, 470, 390, 492, 440, 500), curve(50, 570, 505, 630, 520, 660, 530))
                    .crossing(Crossing.Kind.BRIDGE, "Cinder Bridge", 425, 500, 590, 506, 32)
                    .camp(640, 548)
                    .label("CINDER BRIDGE", 508, 462)
                    .hazardDeaths("Magma River", 506, 503, 26, 3.6)
                    .ambushDeaths("Cinder Bridge east end", 612, 512, 17, 2.6);
        } else {
            b.floor(curve(54, 300, 410, 370, 345, 430, 322), curve(54, 585, 318, 660, 370, 725, 470))
                    .crossing(Crossing.Kind.BRIDGE, "Cinder Bridge", 420, 322, 595, 318, 58)
                    .camp(668, 360)
                    .label("CINDER BRIDGE", 508, 275)
                    .hazardDeaths("Magma River", 510, 320, 30, 1.5)
                    .ambushDeaths("Cinder Bridge east end", 625, 335, 20, 1.6)
                    .changeNote(CHANGE_1_1);
        }
        return b.build();
    }
}
