package dev.playlens.heatmap;

import java.util.List;

/** The legend's unit text for a query, e.g. "deaths per bin" or "% of players (deaths) per bin". */
final class Units {
    private Units() {
    }

    static String of(HeatmapQuery q) {
        String noun = noun(q.eventTypes());
        String base = switch (q.normalization()) {
            case NONE -> noun + " per bin";
            case PER_PLAYER -> "% of players (" + noun + ") per bin";
            case PER_SESSION -> "% of sessions (" + noun + ") per bin";
        };
        if (q.reduce() == Reduce.MAX) {
            base += ", busiest " + trim(q.fineCellSize()) + "-unit cell";
        }
        return base;
    }

    static String noun(List<String> eventTypes) {
        if (eventTypes.size() != 1) return "events";
        String t = eventTypes.getFirst();
        return switch (t) {
            case "player_death" -> "deaths";
            case "player_kill", "kill" -> "kills";
            default -> t + " events";
        };
    }

    static String trim(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
