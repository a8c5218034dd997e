package dev.playlens.warehouse.ingest;

/**
 * A line that is not a valid event: where it is (source key, 1-based line number), which field is wrong
 * ({@code null} when the line is not a JSON object at all), why, and the raw line so nothing is lost.
 */
public record Reject(String fileKey, long lineNumber, String field, String reason, String rawLine) {
    public String describe() {
        return fileKey + ":" + lineNumber + ": " + (field == null ? "" : field + ": ") + reason;
    }
}
