package dev.playlens.warehouse.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;

/**
 * Splits a (possibly gzipped) byte stream into lines without decoding them: the parser works on the UTF-8
 * bytes directly, and only rejected lines are ever turned into Strings. '\n' ends a line, a '\r' before it
 * is dropped, a last line without '\n' still counts.
 */
final class LineReader {
    @FunctionalInterface
    interface LineHandler {
        /** {@code lineNumber} is 1-based and counts every line, blank ones included. */
        void line(byte[] buf, int off, int len, long lineNumber) throws Exception;
    }

    private static final int BUFFER = 1 << 20;

    private LineReader() {
    }

    /** Wraps the stream in a gzip decoder when it starts with the gzip magic bytes. */
    static InputStream decoded(InputStream raw) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
        in.mark(2);
        int b1 = in.read();
        int b2 = in.read();
        in.reset();
        return b1 == 0x1f && b2 == 0x8b ? new GZIPInputStream(in, 1 << 16) : in;
    }

    /** Reads every line of {@code in}; returns the number of lines. */
    static long forEachLine(InputStream in, LineHandler handler) throws Exception {
        byte[] buf = new byte[BUFFER];
        int start = 0;
        int end = 0;
        long lineNumber = 0;
        while (true) {
            if (end == buf.length) {
                if (start > 0) { // move the partial line to the front
                    System.arraycopy(buf, start, buf, 0, end - start);
                    end -= start;
                    start = 0;
                } else { // a line longer than the buffer
                    buf = Arrays.copyOf(buf, buf.length * 2);
                }
            }
            int n = in.read(buf, end, buf.length - end);
            if (n < 0) break;
            int scanFrom = end;
            end += n;
            for (int i = JsonBytes.indexOf(buf, scanFrom, end, (byte) '\n'); i >= 0;
                 i = JsonBytes.indexOf(buf, i + 1, end, (byte) '\n')) {
                int len = i - start;
                if (len > 0 && buf[i - 1] == '\r') len--;
                handler.line(buf, start, len, ++lineNumber);
                start = i + 1;
            }
        }
        if (end > start) {
            int len = end - start;
            if (buf[end - 1] == '\r') len--;
            handler.line(buf, start, len, ++lineNumber);
        }
        return lineNumber;
    }
}
