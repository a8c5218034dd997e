package dev.playlens.heatmap;

import java.util.List;

/**
 * What a level offers the filter pickers: its event types (most frequent first) and app versions (sorted),
 * and how many events it has.
 */
public record LevelFacets(String levelId, List<String> eventTypes, List<String> appVersions, long events) {
    public LevelFacets {
        eventTypes = List.copyOf(eventTypes);
        appVersions = List.copyOf(appVersions);
    }
}
