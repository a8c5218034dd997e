package dev.playlens.demo.level;

import dev.playlens.core.level.WorldRect;

import static dev.playlens.demo.level.Shapes.blob;
import static dev.playlens.demo.level.Shapes.curve;
import static dev.playlens.demo.level.Shapes.ellipse;
import static dev.playlens.demo.level.Shapes.path;
import static dev.playlens.demo.level.Shapes.polygon;
import static dev.playlens.demo.level.Shapes.room;

/**
 * Level 1, the tutorial-easy harbour town: a canal splits the map, two bridges cross it, sinkholes in
 * the market, a spike trap guards the customs house. World: 2.5 units a pixel, origin at the centre.
 */
final class SunkenHarbor {
    static final String ID = "sunken_harbor";
    static final WorldRect WORLD = new WorldRect(-1280, -1280, 1280, 1280, false);

    private SunkenHarbor() {
    }

    static LevelDesign design(String version) {
        return LevelDesign.builder(ID, "Sunken Harbor", version, Theme.HARBOR, WORLD)
                .difficulty(0.5)
                .floor(blob(165, 840, 135, 105, 0.12, 11), room(235, 420, 485, 635, 48),
                        room(150, 105, 435, 300, 36), room(665, 560, 865, 745, 24),
                        blob(872, 160, 108, 96, 0.10, 12))
                .floor(path(58, 195, 770, 255, 690, 300, 625), path(54, 330, 430, 305, 360, 290, 295),
                        path(54, 480, 540, 570, 548), path(54, 630, 565, 690, 600),
                        path(50, 430, 210, 570, 226), path(46, 630, 230, 720, 214, 800, 180),
                        path(44, 800, 565, 850, 420, 880, 255))
                .hazard(HazardKind.WATER, "Saltwater Canal",
                        curve(74, 600, -20, 612, 200, 585, 380, 606, 560, 650, 720, 700, 800))
                .hazard(HazardKind.WATER, "Harbor Basin",
                        polygon(545, 1030, 590, 880, 660, 790, 760, 760, 880, 772, 1030, 720, 1030, 1030))
                .hazard(HazardKind.PIT, "Market Sinkhole", ellipse(330, 505, 27, 22))
                .hazard(HazardKind.PIT, "Fish Stall Sinkhole", ellipse(420, 590, 19, 16))
                .hazard(HazardKind.SPIKES, "Customs Spike Trap", room(700, 620, 745, 705, 4))
                .crossing(Crossing.Kind.BRIDGE, "Old Bridge", 540, 547, 660, 566, 46)
                .crossing(Crossing.Kind.BRIDGE, "Rope Bridge", 548, 224, 656, 232, 30)
                .crossing(Crossing.Kind.BRIDGE, "West Pier", 718, 740, 718, 965, 34)
                .crossing(Crossing.Kind.BRIDGE, "East Pier", 822, 745, 822, 935, 34)
                .spawn(120, 850).goal(888, 150)
                .camp(690, 592).camp(672, 222).camp(850, 330)
                .label("LANDING BEACH", 175, 935).label("FISH MARKET", 360, 448)
                .label("OLD TOWN", 292, 128).label("CUSTOMS HOUSE", 765, 585)
                .label("LIGHTHOUSE POINT", 860, 275).label("HARBOR BASIN", 930, 850)
                .label("OLD BRIDGE", 600, 510).label("ROPE BRIDGE", 600, 200)
                .hazardDeaths("Saltwater Canal", 603, 560, 24, 3.0)
                .hazardDeaths("Saltwater Canal", 601, 228, 22, 2.2)
                .hazardDeaths("Harbor Basin", 745, 880, 40, 1.0)
                .hazardDeaths("Harbor Basin", 850, 840, 36, 0.6)
                .hazardDeaths("Market Sinkhole", 330, 505, 11, 1.4)
                .hazardDeaths("Fish Stall Sinkhole", 420, 590, 8, 0.8)
                .hazardDeaths("Customs Spike Trap", 722, 662, 13, 1.5)
                .ambushDeaths("Old Bridge east end", 682, 590, 16, 2.0)
                .ambushDeaths("Rope Bridge east end", 672, 226, 14, 1.4)
                .ambushDeaths("Lighthouse stairs", 858, 330, 18, 0.9)
                .build();
    }
}
