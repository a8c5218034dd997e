package dev.playlens.demo.level;

import java.awt.Color;

/** A muted palette per biome: impassable terrain, floor, wall edge, and ink for labels. */
public enum Theme {
    HARBOR(new Color(0x6E7F5E), new Color(0x57684A), new Color(0xCDBB95), new Color(0xB5A27C),
            new Color(0x3A372F), new Color(0x2B2A26)),
    CAVE(new Color(0x2E2A2A), new Color(0x221F1F), new Color(0x776A5C), new Color(0x625649),
            new Color(0x121010), new Color(0xF1E6D2)),
    KEEP(new Color(0xDCE4E8), new Color(0xC3CFD6), new Color(0x9EA6AB), new Color(0x8A9297),
            new Color(0x454B53), new Color(0x2A3038));

    public final Color terrain;
    public final Color terrainDark;
    public final Color floor;
    public final Color floorDark;
    public final Color wall;
    public final Color ink;

    Theme(Color terrain, Color terrainDark, Color floor, Color floorDark, Color wall, Color ink) {
        this.terrain = terrain;
        this.terrainDark = terrainDark;
        this.floor = floor;
        this.floorDark = floorDark;
        this.wall = wall;
        this.ink = ink;
    }
}
