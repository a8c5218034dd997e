package dev.playlens.warehouse.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;

/**
 * Builds staging rows in PostgreSQL's COPY text format in a byte buffer: tab-separated, {@code \N} for null,
 * backslash escapes, one row a line. Slices from the scanner hold no special characters and are copied as
 * they are; values that came through the slow path arrive as Strings and are escaped.
 */
final class StagingRowEncoder implements StagingRows {
    private static final byte[] NULL = {'\\', 'N'};

    private static final int FLUSH_AT = 1 << 20;

    private final OutputStream sink;
    private byte[] buf = new byte[1 << 16];
    private int size;

    /** Rows are written to {@code sink} in blocks of about a megabyte. */
    StagingRowEncoder(OutputStream sink) {
        this.sink = sink;
    }

    /** Rows stay in the buffer (for tests and callers that read {@link #buffer()}). */
    StagingRowEncoder() {
        this(null);
    }

    byte[] buffer() {
        return buf;
    }

    int size() {
        return size;
    }

    @Override
    public void beginRow(long seq) {
        ensure(20);
        appendLong(seq);
    }

    @Override
    public void endRow() {
        ensure(1);
        buf[size++] = '\n';
        if (sink != null && size >= FLUSH_AT) {
            try {
                finish();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Override
    public void finish() throws IOException {
        if (sink == null) return;
        sink.write(buf, 0, size);
        size = 0;
    }

    @Override
    public void eventId(long msb, long lsb, byte[] b, int off) {
        text(b, off, 36);
    }

    @Override
    public void number(byte[] b, int off, int len) {
        text(b, off, len);
    }

    /** A validated slice: printable ASCII, no tab, backslash or control character. */
    @Override
    public void text(byte[] b, int off, int len) {
        ensure(len + 1);
        buf[size++] = '\t';
        System.arraycopy(b, off, buf, size, len);
        size += len;
    }

    @Override
    public void nul() {
        ensure(3);
        buf[size++] = '\t';
        buf[size++] = NULL[0];
        buf[size++] = NULL[1];
    }

    @Override
    public void longValue(long v) {
        ensure(21);
        buf[size++] = '\t';
        appendLong(v);
    }

    @Override
    public void number(Double d) {
        if (d == null) nul();
        else ascii(Double.toString(d));
    }

    @Override
    public void eventId(UUID id) {
        text(id.toString());
    }

    /** Escaped where needed. */
    @Override
    public void utf8(byte[] b) {
        boolean special = false;
        for (int i = 0; i < b.length && !special; i++) {
            byte c = b[i];
            special = c == '\t' || c == '\n' || c == '\r' || c == '\\';
        }
        if (!special) text(b, 0, b.length);
        else escaped(b);
    }

    private void escaped(byte[] b) {
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
}
