package dev.playlens.warehouse.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Writes staging rows as an uncompressed Parquet file for DuckDB: typed binary columns (UUID ids, 64-bit
 * integers, doubles, length-prefixed text) that DuckDB reads into the merge without parsing text, which
 * cost as much as its whole insert. Plain encoding, one data page per column per row group of up to
 * {@value #ROW_GROUP_ROWS} rows; optional columns carry 1-bit definition levels.
 */
final class ParquetStagingWriter implements StagingRows {
    static final int ROW_GROUP_ROWS = 1 << 17;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONGS_BE = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle INTS = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final byte[] MAGIC = "PAR1".getBytes(StandardCharsets.US_ASCII);
    private static final int INT64 = 2, DOUBLE = 5, BYTE_ARRAY = 6, FIXED = 7;
    private static final int PLAIN = 0, RLE = 3;

    private record Chunk(long offset, long size, int values) {
    }

    private record RowGroup(List<Chunk> chunks, int rows) {
    }

    /** One column's values (plain encoding) and definition levels for the row group being built. */
    private static final class Column {
        final String name;
        final int type;
        final boolean optional;
        byte[] data = new byte[1 << 16];
        int size;
        byte[] defined = new byte[1024];
        int rows;

        Column(String name, int type, boolean optional) {
            this.name = name;
            this.type = type;
            this.optional = optional;
        }

        void ensure(int extra) {
            if (size + extra > data.length) data = Arrays.copyOf(data, Math.max(data.length * 2, size + extra));
        }

        void define(boolean present) {
            if (rows == defined.length) defined = Arrays.copyOf(defined, rows * 2);
            defined[rows++] = (byte) (present ? 1 : 0);
        }
    }

    private final OutputStream out;
    private final Column[] columns = {
            new Column("seq", INT64, false), new Column("event_id", FIXED, false),
            new Column("app_name", BYTE_ARRAY, false), new Column("event_version", BYTE_ARRAY, false),
            new Column("event_type", BYTE_ARRAY, false), new Column("event_timestamp_ms", INT64, false),
            new Column("client_id", BYTE_ARRAY, false), new Column("app_version", BYTE_ARRAY, true),
            new Column("level_id", BYTE_ARRAY, true), new Column("position_x", DOUBLE, true),
            new Column("position_y", DOUBLE, true), new Column("session_id", BYTE_ARRAY, true),
            new Column("extra", BYTE_ARRAY, true)};
    private final List<RowGroup> groups = new ArrayList<>();
    private long written;
    private int next;
    private int rows;
    private long totalRows;

    ParquetStagingWriter(OutputStream out) throws IOException {
        this(out, null);
    }

    /** Takes over the grown column buffers of a finished writer (null: fresh ones): files come one after another. */
    ParquetStagingWriter(OutputStream out, ParquetStagingWriter finished) throws IOException {
        this.out = out;
        if (finished != null) {
            for (int i = 0; i < columns.length; i++) {
                columns[i].data = finished.columns[i].data;
                columns[i].defined = finished.columns[i].defined;
            }
        }
        write(MAGIC, 0, MAGIC.length);
    }

    @Override
    public void beginRow(long seq) {
        next = 0;
        longValue(seq);
    }

    @Override
    public void eventId(long msb, long lsb, byte[] b, int off) {
        Column c = column();
        c.ensure(16);
        LONGS_BE.set(c.data, c.size, msb);
        LONGS_BE.set(c.data, c.size + 8, lsb);
        c.size += 16;
    }

    @Override
    public void text(byte[] b, int off, int len) {
        Column c = column();
        c.ensure(4 + len);
        INTS.set(c.data, c.size, len);
        System.arraycopy(b, off, c.data, c.size + 4, len);
        c.size += 4 + len;
    }

    @Override
    public void number(byte[] b, int off, int len) {
        doubleValue(PlainDecimal.parse(b, off, len));
    }

    @Override
    public void longValue(long v) {
        Column c = column();
        c.ensure(8);
        LONGS.set(c.data, c.size, v);
        c.size += 8;
    }

    @Override
    public void nul() {
        Column c = columns[next++];
        if (!c.optional) throw new IllegalStateException(c.name + " cannot be null");
        c.define(false);
    }

    @Override
    public void endRow() {
        if (next != columns.length) throw new IllegalStateException("row has " + next + " values, not " + columns.length);
        if (++rows == ROW_GROUP_ROWS) flushGroup();
    }

    @Override
    public void eventId(UUID id) {
        eventId(id.getMostSignificantBits(), id.getLeastSignificantBits(), null, 0);
    }

    /** Writes the last row group and the footer; the stream stays open. */
    @Override
    public void finish() throws IOException {
        if (rows > 0) flushGroup();
        byte[] footer = footer();
        write(footer, 0, footer.length);
        byte[] length = new byte[4];
        INTS.set(length, 0, footer.length);
        write(length, 0, 4);
        write(MAGIC, 0, MAGIC.length);
    }

    @Override
    public void utf8(byte[] b) {
        text(b, 0, b.length); // length-prefixed: nothing needs protecting
    }

    @Override
    public void number(Double d) {
        if (d == null) nul();
        else doubleValue(d);
    }

    private void doubleValue(double d) {
        Column c = column();
        c.ensure(8);
        LONGS.set(c.data, c.size, Double.doubleToRawLongBits(d));
        c.size += 8;
    }

    /** The next column of the row, marked as holding a value. */
    private Column column() {
        Column c = columns[next++];
        if (c.optional) c.define(true);
        return c;
    }

    private void flushGroup() {
        List<Chunk> chunks = new ArrayList<>(columns.length);
        try {
            for (Column c : columns) {
                long offset = written;
                byte[] levels = c.optional ? definitionLevels(c) : new byte[0];
                int pageSize = levels.length + c.size;
                byte[] header = new CompactThrift().i32(1, 0).i32(2, pageSize).i32(3, pageSize)
                        .struct(5).i32(1, rows).i32(2, PLAIN).i32(3, RLE).i32(4, RLE).end().end().bytes();
                write(header, 0, header.length);
                write(levels, 0, levels.length);
                write(c.data, 0, c.size);
                chunks.add(new Chunk(offset, written - offset, rows));
                c.size = 0;
                c.rows = 0;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        groups.add(new RowGroup(chunks, rows));
        totalRows += rows;
        rows = 0;
    }

    /** Bit width 1 levels as one bit-packed run of the RLE/bit-packing hybrid, after its 4-byte length. */
    private byte[] definitionLevels(Column c) {
        int groupsOf8 = (c.rows + 7) / 8;
        byte[] run = new byte[4 + 5 + groupsOf8];
        int p = 4;
        for (long h = (long) groupsOf8 << 1 | 1; ; h >>>= 7) { // the run header, a varint
            if ((h & ~0x7fL) == 0) {
                run[p++] = (byte) h;
                break;
            }
            run[p++] = (byte) ((h & 0x7f) | 0x80);
        }
        for (int i = 0; i < c.rows; i++) run[p + (i >>> 3)] |= (byte) (c.defined[i] << (i & 7));
        int length = p - 4 + groupsOf8;
        INTS.set(run, 0, length);
        return Arrays.copyOf(run, 4 + length);
    }

    private byte[] footer() {
        CompactThrift t = new CompactThrift().i32(1, 1).list(2, CompactThrift.STRUCT, columns.length + 1);
        t.beginElement().string(4, "schema").i32(5, columns.length).end();
        for (Column c : columns) {
            t.beginElement().i32(1, c.type);
            if (c.type == FIXED) t.i32(2, 16);
            t.i32(3, c.optional ? 1 : 0).string(4, c.name);
            if (c.type == BYTE_ARRAY) t.i32(6, 0); // UTF8
            if (c.type == FIXED) t.struct(10).struct(14).end().end(); // logical type UUID
            t.end();
        }
        t.i64(3, totalRows).list(4, CompactThrift.STRUCT, groups.size());
        for (RowGroup g : groups) {
            t.beginElement().list(1, CompactThrift.STRUCT, columns.length);
            long bytes = 0;
            for (int i = 0; i < columns.length; i++) {
                Chunk ch = g.chunks().get(i);
                bytes += ch.size();
                t.beginElement().i64(2, ch.offset()).struct(3).i32(1, columns[i].type)
                        .list(2, CompactThrift.I32, 2).i32Element(PLAIN).i32Element(RLE)
                        .list(3, CompactThrift.BINARY, 1).stringElement(columns[i].name)
                        .i32(4, 0).i64(5, ch.values()).i64(6, ch.size()).i64(7, ch.size()).i64(9, ch.offset())
                        .end().end();
            }
            t.i64(2, bytes).i64(3, g.rows()).end();
        }
        return t.end().bytes();
    }

    private void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
        written += len;
    }
}
