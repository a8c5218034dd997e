package dev.playlens.warehouse.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Builds staging rows in a byte buffer: {@code seq, event_id, app_name, event_version, event_type,
 * event_timestamp_ms, client_id, app_version, level_id, position_x, position_y, session_id, extra}.
 * The scanner hands over raw byte slices it has validated as plain ASCII without special characters;
 * values that came through the slow path arrive as Strings and are escaped for the format.
 */
final class StagingRowEncoder {
    private static final byte[] NULL = {'\\', 'N'};

    private final StagingFormat format;
    private byte[] buf = new byte[1 << 16];
    private int size;
    private int rowStart;

    StagingRowEncoder(StagingFormat format) {
        this.format = format;
    }

    byte[] buffer() {
        return buf;
    }

    int size() {
        return size;
    }

    void clear() {
        size = 0;
        rowStart = 0;
    }

    void beginRow(long seq) {
        rowStart = size;
        ensure(20);
        appendLong(seq);
    }

    /** Abandons the row being built (the scanner gave up half way). */
    void cancelRow() {
        size = rowStart;
    }

    void endRow() {
        ensure(1);
        buf[size++] = '\n';
    }

    /** A validated slice: printable ASCII, no tab, backslash, quote or control character. */
    void raw(byte[] b, int off, int len) {
        ensure(len + 3);
        buf[size++] = '\t';
        if (len == 0 && format == StagingFormat.DUCKDB_TSV) { // empty string, not null
            buf[size++] = StagingFormat.QUOTE;
            buf[size++] = StagingFormat.QUOTE;
            return;
        }
        System.arraycopy(b, off, buf, size, len);
        size += len;
    }

    void nul() {
        ensure(3);
        buf[size++] = '\t';
        buf[size++] = NULL[0];
        buf[size++] = NULL[1];
    }

    void longValue(long v) {
        ensure(21);
        buf[size++] = '\t';
        appendLong(v);
    }

    void number(Double d) {
        if (d == null) nul();
        else ascii(Double.toString(d));
    }

    /** Any text (null allowed), escaped or quoted as the format needs. */
    void text(String s) {
        if (s == null) {
            nul();
            return;
        }
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        boolean special = b.length == 0 || (b.length == 2 && b[0] == '\\' && b[1] == 'N');
        for (int i = 0; i < b.length && !special; i++) {
            byte c = b[i];
            special = c == '\t' || c == '\n' || c == '\r' || c == '\\' || c == StagingFormat.QUOTE;
        }
        if (!special) {
            raw(b, 0, b.length);
        } else if (format == StagingFormat.POSTGRES_TEXT) {
            escapedPostgres(b);
        } else {
            quotedDuckDb(b);
        }
    }

    private void escapedPostgres(byte[] b) {
        ensure(1 + 2 * b.length);
        buf[size++] = '\t';
        for (byte c : b) {
            switch (c) {
                case '\\' -> { buf[size++] = '\\'; buf[size++] = '\\'; }
                case '\t' -> { buf[size++] = '\\'; buf[size++] = 't'; }
                case '\n' -> { buf[size++] = '\\'; buf[size++] = 'n'; }
                case '\r' -> { buf[size++] = '\\'; buf[size++] = 'r'; }
                default -> buf[size++] = c;
            }
        }
    }

    private void quotedDuckDb(byte[] b) {
        ensure(3 + 2 * b.length);
        buf[size++] = '\t';
        buf[size++] = StagingFormat.QUOTE;
        for (byte c : b) {
            if (c == StagingFormat.QUOTE) buf[size++] = StagingFormat.QUOTE; // doubled, like "" in CSV
            buf[size++] = c;
        }
        buf[size++] = StagingFormat.QUOTE;
    }

    private void ascii(String s) {
        ensure(s.length() + 1);
        buf[size++] = '\t';
        for (int i = 0; i < s.length(); i++) buf[size++] = (byte) s.charAt(i);
    }

    private void appendLong(long v) {
        if (v == 0) {
            buf[size++] = '0';
            return;
        }
        if (v < 0) {
            buf[size++] = '-';
            v = -v; // seq and timestamps are far from Long.MIN_VALUE
        }
        int digits = 0;
        for (long t = v; t > 0; t /= 10) digits++;
        for (int i = size + digits - 1; i >= size; i--) {
            buf[i] = (byte) ('0' + v % 10);
            v /= 10;
        }
        size += digits;
    }

    private void ensure(int extra) {
        if (size + extra > buf.length) buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + extra));
    }

    /** Writes a whole event that came through the slow path. */
    void encode(StagedEvent e) {
        beginRow(e.seq());
        text(e.eventId().toString());
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
}
