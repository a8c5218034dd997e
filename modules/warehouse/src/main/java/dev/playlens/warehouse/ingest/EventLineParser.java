package dev.playlens.warehouse.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.playlens.core.event.ParsedLine;
import dev.playlens.core.event.TelemetryEvent;
import dev.playlens.core.event.TelemetryJson;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.TreeMap;

/**
 * Turns one telemetry line into a {@link StagedEvent} or a rejection, with exactly the rules of
 * {@link TelemetryJson#parse} — which stays the authority. A streaming fast path ({@link FastEventReader})
 * handles well-formed lines; whenever it meets anything it is not sure about (other value types, duplicate
 * keys, bad values, trailing text…) it gives up and the line goes through {@code TelemetryJson.parse},
 * whose verdict and reason win. The fast path therefore only ever accepts lines the authority accepts,
 * with the same values. Not thread-safe: one parser per thread.
 */
final class EventLineParser {
    // The same configuration TelemetryJson uses (a default ObjectMapper), so numbers parse identically.
    private final ObjectMapper mapper = new ObjectMapper();
    private final JsonFactory factory = mapper.getFactory();
    private final TelemetryJson authority = new TelemetryJson();
    private final ExtraFields extraFields = new ExtraFields(mapper);
    private final FastEventReader fast = new FastEventReader(mapper, extraFields);
    private ParsedLine.Rejected lastReject;

    /** The event on that line, or {@code null} when it is rejected (see {@link #lastReject()}). */
    StagedEvent parse(byte[] buf, int off, int len, long seq) {
        try (JsonParser p = factory.createParser(buf, off, len)) {
            StagedEvent e = fast.read(p, seq);
            if (e != null) return e;
        } catch (JsonProcessingException ignored) {
            // fall through to the authority, which names the problem
        } catch (IOException e) {
            throw new IllegalStateException("in-memory JSON parsing failed", e);
        }
        return parseWithAuthority(new String(buf, off, len, StandardCharsets.UTF_8), seq);
    }

    /** The slow, authoritative path alone (also used by tests to cross-check the fast path). */
    StagedEvent parseWithAuthority(String line, long seq) {
        ParsedLine parsed;
        try {
            parsed = authority.parse(line);
        } catch (RuntimeException e) {
            // TelemetryJson cannot represent some valid-looking input (a top-level extra field that is null
            // makes its Map.copyOf throw); keep the line as a reject with the cause rather than lose it.
            lastReject = new ParsedLine.Rejected(null, "cannot be read as an event: " + e, line);
            return null;
        }
        return switch (parsed) {
            case ParsedLine.Accepted a -> toStaged(a.event(), seq);
            case ParsedLine.Rejected r -> {
                lastReject = r;
                yield null;
            }
        };
    }

    ParsedLine.Rejected lastReject() {
        return lastReject;
    }

    private StagedEvent toStaged(TelemetryEvent e, long seq) {
        TreeMap<String, Object> extra = e.extra().isEmpty() ? null : new TreeMap<>(e.extra());
        String sessionId = extraFields.promoteSessionId(extra);
        return new StagedEvent(seq, e.eventId().getMostSignificantBits(), e.eventId().getLeastSignificantBits(),
                e.appName(), e.eventVersion(), e.eventType(), e.eventTimestamp(), e.clientId(), e.appVersion(),
                e.levelId(), e.positionX(), e.positionY(), sessionId, extraFields.toJson(extra));
    }

    /** Blank lines (only whitespace) are skipped, not rejected. */
    static boolean isBlank(byte[] buf, int off, int len) {
        for (int i = off; i < off + len; i++) {
            byte b = buf[i];
            // the ASCII characters String.isBlank treats as white space
            if (b != ' ' && (b < 0x09 || b > 0x0D) && (b < 0x1C || b > 0x1F)) return false;
        }
        return true;
    }
}
