package dev.playlens.ml.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A loaded feature table: named, typed columns of equal length, plus notes on what loading did. */
public record RawTable(List<RawColumn> columns, List<String> loadNotes) {

    public RawTable {
        columns = List.copyOf(columns);
        loadNotes = List.copyOf(loadNotes);
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (RawColumn c : columns) {
            if (seen.put(c.name(), 1) != null) throw new IllegalArgumentException("duplicate column name: " + c.name());
            if (c.size() != columns.getFirst().size()) {
                throw new IllegalArgumentException("column " + c.name() + " has " + c.size() + " rows, expected "
                        + columns.getFirst().size());
            }
        }
    }

    public RawTable(List<RawColumn> columns) {
        this(columns, List.of());
    }

    public int rowCount() {
        return columns.isEmpty() ? 0 : columns.getFirst().size();
    }

    public List<String> names() {
        return columns.stream().map(RawColumn::name).toList();
    }

    public boolean has(String name) {
        return columns.stream().anyMatch(c -> c.name().equals(name));
    }

    /** The named column; the error lists the columns that do exist. */
    public RawColumn column(String name) {
        for (RawColumn c : columns) if (c.name().equals(name)) return c;
        throw new IllegalArgumentException("no column '" + name + "' (columns: " + String.join(", ", names()) + ")");
    }

    public RawTable select(int[] rows) {
        List<RawColumn> out = new ArrayList<>(columns.size());
        for (RawColumn c : columns) out.add(c.select(rows));
        return new RawTable(out, loadNotes);
    }

    public RawTable without(String... names) {
        List<String> drop = Arrays.asList(names);
        return new RawTable(columns.stream().filter(c -> !drop.contains(c.name())).toList(), loadNotes);
    }
}
