package dev.playlens.demo.level;

import dev.playlens.core.level.WorldRect;

import java.awt.geom.Rectangle2D;

import static dev.playlens.demo.level.Shapes.blob;
import static dev.playlens.demo.level.Shapes.curve;
import static dev.playlens.demo.level.Shapes.ellipse;
import static dev.playlens.demo.level.Shapes.path;
import static dev.playlens.demo.level.Shapes.room;

/**
 * Level 3, the hard castle: a frozen lake with a stone causeway, a gatehouse in the curtain wall (the
 * chokepoint), spike galleries, and a crevasse on the west flank path. World: 8 units a pixel, x from
 * -4096, y from 0 at the top.
 */
final class FrostfangKeep {
    static final String ID = "frostfang_keep";
    static final WorldRect WORLD = new WorldRect(-4096, 0, 4096, 8192, false);

    private FrostfangKeep() {
    }

    static LevelDesign design(String version) {
        return LevelDesign.builder(ID, "Frostfang Keep", version, Theme.KEEP, WORLD)
                .difficulty(2.3)
                .floor(room(250, 300, 774, 552, 8), room(80, 318, 222, 522, 14), room(802, 318, 944, 522, 14),
                        room(368, 78, 656, 262, 10), room(398, 578, 626, 640, 10))
                .floor(path(46, 215, 420, 262, 420), path(46, 762, 420, 810, 420), path(64, 512, 310, 512, 250),
                        curve(70, 512, 1012, 498, 905, 512, 800), curve(46, 470, 965, 310, 905, 200, 790,
                                150, 650, 150, 515))
                .wall(new Rectangle2D.Double(236, 544, 552, 34)).wall(ellipse(240, 561, 30, 30))
                .wall(ellipse(784, 561, 30, 30))
                .crossing(Crossing.Kind.GATE, "Gatehouse", 512, 535, 512, 590, 60)
                .crossing(Crossing.Kind.BRIDGE, "Stone Causeway", 512, 800, 512, 612, 44)
                .hazard(HazardKind.THIN_ICE, "Frozen Lake", blob(512, 705, 232, 82, 0.08, 31))
                .hazard(HazardKind.PIT, "Ice Crevasse", blob(168, 705, 76, 15, 0.25, 32))
                .hazard(HazardKind.SPIKES, "Courtyard Spikes", room(468, 468, 556, 506, 4))
                .hazard(HazardKind.SPIKES, "Hall Spike Gallery", room(486, 262, 538, 300, 4))
                .hazard(HazardKind.FIRE_VENTS, "Boiling Oil", room(484, 592, 540, 618, 4))
                .spawn(512, 930).goal(512, 140)
                .camp(512, 520).camp(150, 420).camp(874, 420).camp(430, 180)
                .label("FROSTFANG APPROACH", 655, 935).label("FROZEN LAKE", 650, 705)
                .label("GATEHOUSE", 630, 600).label("INNER COURTYARD", 512, 380)
                .label("BARRACKS", 151, 340).label("ARMORY", 873, 340).label("GREAT HALL", 512, 100)
                .label("ICE CREVASSE", 92, 740)
                .hazardDeaths("Frozen Lake", 512, 705, 36, 2.4)
                .hazardDeaths("Frozen Lake", 380, 700, 40, 0.5)
                .hazardDeaths("Ice Crevasse", 165, 705, 22, 1.5)
                .hazardDeaths("Courtyard Spikes", 512, 487, 15, 1.2)
                .hazardDeaths("Hall Spike Gallery", 512, 281, 10, 1.0)
                .hazardDeaths("Boiling Oil", 512, 605, 11, 1.4)
                .ambushDeaths("Gatehouse", 512, 560, 20, 3.0)
                .ambushDeaths("Great Hall boss", 512, 165, 30, 2.0)
                .ambushDeaths("Barracks", 150, 430, 20, 0.7)
                .ambushDeaths("Armory", 872, 430, 20, 0.5)
                .build();
    }
}
