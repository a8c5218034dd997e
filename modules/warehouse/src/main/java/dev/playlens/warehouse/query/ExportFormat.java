package dev.playlens.warehouse.query;

import java.util.Locale;

/** File formats a result can be exported to. */
public enum ExportFormat {
    CSV, JSON_LINES, PARQUET;

    /** Picks the format from a file name: .csv, .json/.jsonl/.ndjson, .parquet. */
    public static ExportFormat fromFileName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".csv")) return CSV;
        if (n.endsWith(".jsonl") || n.endsWith(".ndjson") || n.endsWith(".json")) return JSON_LINES;
        if (n.endsWith(".parquet")) return PARQUET;
        throw new IllegalArgumentException("cannot tell the export format of '" + name
                + "': use .csv, .jsonl or .parquet");
    }
}
