package dev.playlens.app.heatmaps;

import dev.playlens.heatmap.BinStats;
import dev.playlens.heatmap.Normalization;

import java.util.Locale;

/** The status line under the map: what a finished render counted, and over how many players or sessions. */
final class FrameStatus {
    private FrameStatus() {
    }

    static String of(HeatmapFrame f) {
        HeatmapSettings s = f.settings();
        String bins = String.format(Locale.ROOT, "%,d bins", f.primaryGrid().cellCount());
        String size = "bin " + HeatmapsController.formatSize(f.query().binSize()) + " world units";
        String zoom = f.view().zoom() > 1.001 ? String.format(Locale.ROOT, " · zoom %.1f×", f.view().zoom()) : "";
        if (f.diff() == null) {
            return String.format(Locale.ROOT, "%,d %s events · %s%s · %s · %s%s", f.grid().stats().binnedEvents(),
                    s.eventType(), FrameRenderer.versionTitle("", s.versionsA()),
                    population(s.normalization(), f.grid().stats()), size, bins, zoom);
        }
        BinStats a = f.diff().a().stats(), b = f.diff().b().stats();
        String population = "";
        if (s.normalization() != Normalization.NONE) {
            population = String.format(Locale.ROOT, " · %,d vs %,d %s", a.population(), b.population(),
                    noun(s.normalization())) + withoutSession(s.normalization(), a.withoutSession() + b.withoutSession());
        }
        return String.format(Locale.ROOT, "A %s: %,d · B %s: %,d %s events%s · %s · %s%s",
                FrameRenderer.versionTitle("", s.versionsA()), a.binnedEvents(),
                FrameRenderer.versionTitle("", s.versionsB()), b.binnedEvents(), s.eventType(), population, size,
                bins, zoom);
    }

    private static String population(Normalization n, BinStats stats) {
        if (n == Normalization.NONE) return "";
        return String.format(Locale.ROOT, " · %,d %s", stats.population(), noun(n)) + withoutSession(n, stats.withoutSession());
    }

    /** Per session cannot count events without a session id: say how many, or the map looks empty for no reason. */
    private static String withoutSession(Normalization n, long events) {
        return n == Normalization.PER_SESSION && events > 0
                ? String.format(Locale.ROOT, " (%,d events without session id not counted)", events) : "";
    }

    private static String noun(Normalization n) {
        return n == Normalization.PER_SESSION ? "sessions" : "players";
    }
}
