package dev.playlens.warehouse.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Where a staging row goes, value by value in the staging column order: {@code seq, event_id, app_name,
 * event_version, event_type, event_timestamp_ms, client_id, app_version, level_id, position_x, position_y,
 * session_id, extra}. The byte scanner hands over slices it has validated as plain printable ASCII (no
 * escapes); the slow path hands over whole events.
 */
interface StagingRows {
    void beginRow(long seq);

    /** The id as parsed, and the 36 characters it was written as at {@code b[off]}. */
    void eventId(long msb, long lsb, byte[] b, int off);

    /** A validated plain ASCII text slice. */
    void text(byte[] b, int off, int len);

    /** A number as written: a plain JSON decimal, {@code -?digits(.digits)?}, at most 25 characters. */
    void number(byte[] b, int off, int len);

    void longValue(long v);

    void nul();

    void endRow();

    /** The id of an event from the slow path. */
    void eventId(UUID id);

    /** Any text, null included (from the slow path). */
    default void text(String s) {
        if (s == null) nul();
        else utf8(s.getBytes(StandardCharsets.UTF_8));
    }

    /** Text from the slow path as UTF-8: any characters, to be protected as the format needs. */
    void utf8(byte[] b);

    /** A number or null (from the slow path). */
    void number(Double d);

    /** Writes a whole event that came through the slow path. */
    default void encode(StagedEvent e) {
        beginRow(e.seq());
        eventId(e.eventId());
        text(e.appName());
        text(e.eventVersion());
        text(e.eventType());
        longValue(e.timestampMillis());
        text(e.clientId());
        text(e.appVersion());
        text(e.levelId());
        number(e.positionX());
        number(e.positionY());
        text(e.sessionId());
        text(e.extraJson());
        endRow();
    }

    /** Writes what is still buffered; the stream stays open. Writes during rows fail as UncheckedIOException. */
    void finish() throws IOException;
}
