package dev.playlens.demo;

import dev.playlens.core.level.Level;

import java.nio.file.Path;
import java.util.List;

/**
 * What a generation wrote.
 *
 * @param players        players who installed the game
 * @param events         distinct valid events (what the warehouse holds after de-duplication)
 * @param duplicates     extra copies of events re-sent by clients (same event_id, same payload)
 * @param malformedLines lines that a loader must reject (truncated JSON, missing field, bad UUID, seconds)
 * @param files          event files written under {@code bucket/events}
 * @param levels         the levels, as also written to {@code levelsFile}
 * @param bucket         the folder that acts as the bucket ({@code bucket/events/YYYY/MM/DD/HH/*.json.gz})
 * @param levelsFile     {@code levels.json}; level images are relative to its folder
 */
public record DemoSummary(long players, long events, long duplicates, long malformedLines, int files,
                          List<Level> levels, Path bucket, Path levelsFile) {

    public DemoSummary {
        levels = List.copyOf(levels);
    }

    /** Lines in all event files: every line is an event, a duplicate or a malformed line. */
    public long totalLines() {
        return events + duplicates + malformedLines;
    }

    /** Ground truth per player for ML tests ({@code truth/players.csv} beside the bucket, outside it). */
    public Path truthFile() {
        return levelsFile.resolveSibling(DemoGenerator.TRUTH_FILE);
    }
}
