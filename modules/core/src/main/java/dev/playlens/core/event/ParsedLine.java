package dev.playlens.core.event;

/**
 * The outcome of parsing one line of telemetry: an event, or a rejection naming the field and why.
 * Rejections keep the raw line so that nothing is lost.
 */
public sealed interface ParsedLine {

    record Accepted(TelemetryEvent event) implements ParsedLine {
    }

    /** @param field the offending field, or {@code null} when the line is not a JSON object at all */
    record Rejected(String field, String reason, String rawLine) implements ParsedLine {
        public String describe() {
            return field == null ? reason : field + ": " + reason;
        }
    }
}
