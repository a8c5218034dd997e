package dev.playlens.publish.batch;

import dev.playlens.publish.Prediction;

/** RFC 4180 rows of a prediction (an empty unquoted field is NULL, as COPY and DuckDB read it). */
public final class CsvRows {
    public static final String HEADER = "model,version,user_id,score,label,cluster,scored_at";

    private CsvRows() {
    }

    public static void append(StringBuilder sb, Prediction p, String scoredAt) {
        quoted(sb, p.model()).append(',').append(p.version()).append(',');
        quoted(sb, p.userId()).append(',');
        if (p.score() != null) sb.append(p.score());
        sb.append(',');
        if (p.label() != null) sb.append(p.label());
        sb.append(',');
        if (p.cluster() != null) sb.append(p.cluster());
        sb.append(',').append(scoredAt).append('\n');
    }

    private static StringBuilder quoted(StringBuilder sb, String s) {
        return sb.append('"').append(s.replace("\"", "\"\"")).append('"');
    }
}
