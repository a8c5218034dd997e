package dev.playlens.ml.prep;

import java.util.ArrayList;
import java.util.List;

/** A human-readable account of what was done to the data before training: one line per decision. */
public final class DataReport {
    private final List<String> lines = new ArrayList<>();

    public void add(String line) {
        lines.add(line);
    }

    public void addAll(List<String> more) {
        lines.addAll(more);
    }

    public List<String> lines() {
        return List.copyOf(lines);
    }

    @Override
    public String toString() {
        return String.join(System.lineSeparator(), lines);
    }
}
