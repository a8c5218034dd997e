package dev.playlens.heatmap;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The title lines of a rendered heatmap: what was binned and how (line 1) and where the events went
 * (line 2), so a PNG shared out of context still says what it shows.
 */
public final class HeatmapCaption {
    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private HeatmapCaption() {
    }

    public static List<String> lines(String levelName, HeatmapQuery q, BinGrid grid) {
        String versions = q.appVersions().isEmpty() ? "all versions" : "versions " + String.join(", ", q.appVersions());
        return List.of(head(levelName, q, versions), counts(q, grid));
    }

    public static List<String> diffLines(String levelName, HeatmapQuery q, List<String> versionsA,
                                         List<String> versionsB, HeatmapDiff diff) {
        String versions = "B " + set(versionsB) + " − A " + set(versionsA);
        String counts = "A: " + diff.a().stats().binnedEvents() + " · B: " + diff.b().stats().binnedEvents() + " "
                + Units.noun(q.eventTypes()) + " binned"
                + (q.normalization() == Normalization.NONE ? " (raw counts: not adjusted for player numbers)"
                : " · players A " + diff.a().stats().population() + ", B " + diff.b().stats().population());
        return List.of(head(levelName, q, versions), counts);
    }

    private static String head(String levelName, HeatmapQuery q, String versions) {
        List<String> parts = new ArrayList<>();
        parts.add(levelName + " — " + String.join(", ", q.eventTypes()));
        parts.add(versions);
        if (q.from() != null || q.to() != null) parts.add(time(q.from()) + " – " + time(q.to()) + " UTC");
        parts.add(Units.trim(q.binSize()) + "-unit " + q.shape().name().toLowerCase(Locale.ROOT) + " bins");
        if (q.reduce() == Reduce.MAX) parts.add("max of " + Units.trim(q.fineCellSize()) + "-unit cells");
        if (q.normalization() != Normalization.NONE) {
            parts.add(q.normalization() == Normalization.PER_PLAYER ? "per player" : "per session");
        }
        if (q.smoothingSigma() > 0) parts.add("smoothed σ " + Units.trim(q.smoothingSigma()) + " bins");
        return String.join(" · ", parts);
    }

    private static String counts(HeatmapQuery q, BinGrid grid) {
        BinStats s = grid.stats();
        String noun = Units.noun(q.eventTypes());
        StringBuilder b = new StringBuilder().append(s.binnedEvents()).append(' ').append(noun).append(" binned");
        if (s.outsideViewport() > 0) b.append(" · ").append(s.outsideViewport()).append(" outside the map");
        if (s.withoutPosition() > 0) b.append(" · ").append(s.withoutPosition()).append(" without position");
        if (q.normalization() != Normalization.NONE) {
            b.append(" · ").append(s.population())
                    .append(q.normalization() == Normalization.PER_PLAYER ? " players" : " sessions");
        }
        if (q.normalization() == Normalization.PER_SESSION && s.withoutSession() > 0) {
            b.append(" · ").append(s.withoutSession()).append(" without session id");
        }
        b.append(" · peak ").append(peak(grid.max()));
        return b.toString();
    }

    private static String peak(double v) {
        return v == Math.rint(v) ? Units.trim(v) : String.format(Locale.ROOT, "%.3g", v);
    }

    private static String set(List<String> versions) {
        return versions.isEmpty() ? "(all)" : "(" + String.join(", ", versions) + ")";
    }

    private static String time(Instant t) {
        return t == null ? "…" : DAY.format(t);
    }
}
