package dev.playlens.app.shell;

import java.util.List;

/** The screens of one open workspace, in navigation order, with the ones the shell talks to by type. */
public record Screens(List<Screen> all, Screen initial, dev.playlens.app.heatmaps.HeatmapsScreen heatmaps) {
    public Screens {
        all = List.copyOf(all);
    }

    public Screen byTitle(String title) {
        return all.stream().filter(s -> s.title().equals(title)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no screen " + title));
    }
}
