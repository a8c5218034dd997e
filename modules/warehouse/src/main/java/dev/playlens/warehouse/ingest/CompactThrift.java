package dev.playlens.warehouse.ingest;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Writes Thrift's compact protocol, the encoding of Parquet's page headers and file footer: field headers
 * carry the id as a delta from the previous field of the same struct, integers are zigzag varints.
 * Only what {@link ParquetStagingWriter} needs: i32, i64, binary, lists and nested structs.
 */
final class CompactThrift {
    static final int I32 = 5, I64 = 6, BINARY = 8, LIST = 9, STRUCT = 12;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    private final Deque<Integer> outerFields = new ArrayDeque<>();
    private int lastField;

    CompactThrift i32(int field, int value) {
        header(field, I32);
        varint(zigzag(value));
        return this;
    }

    CompactThrift i64(int field, long value) {
        header(field, I64);
        varint(zigzag(value));
        return this;
    }

    CompactThrift string(int field, String value) {
        header(field, BINARY);
        byte[] b = value.getBytes(StandardCharsets.UTF_8);
        varint(b.length);
        out.writeBytes(b);
        return this;
    }

    /** Starts a struct-valued field; end it with {@link #end()}. */
    CompactThrift struct(int field) {
        header(field, STRUCT);
        return beginElement();
    }

    /** Starts a list field of {@code size} elements of {@code type}; structs follow as {@link #beginElement()}. */
    CompactThrift list(int field, int type, int size) {
        header(field, LIST);
        if (size < 15) {
            out.write(size << 4 | type);
        } else {
            out.write(0xf0 | type);
            varint(size);
        }
        return this;
    }

    /** Starts a struct that is a list element (no field header). */
    CompactThrift beginElement() {
        outerFields.push(lastField);
        lastField = 0;
        return this;
    }

    /** A list element of type i32. */
    CompactThrift i32Element(int value) {
        varint(zigzag(value));
        return this;
    }

    /** A list element of type binary. */
    CompactThrift stringElement(String value) {
        byte[] b = value.getBytes(StandardCharsets.UTF_8);
        varint(b.length);
        out.writeBytes(b);
        return this;
    }

    /** Ends the innermost struct (or, with nothing open, the message). */
    CompactThrift end() {
        out.write(0);
        if (!outerFields.isEmpty()) lastField = outerFields.pop();
        return this;
    }

    byte[] bytes() {
        return out.toByteArray();
    }

    private void header(int field, int type) {
        int delta = field - lastField;
        if (delta > 0 && delta <= 15) {
            out.write(delta << 4 | type);
        } else {
            out.write(type);
            varint(zigzag(field));
        }
        lastField = field;
    }

    private void varint(long v) {
        while ((v & ~0x7fL) != 0) {
            out.write((int) (v & 0x7f) | 0x80);
            v >>>= 7;
        }
        out.write((int) v);
    }

    private static long zigzag(long v) {
        return (v << 1) ^ (v >> 63);
    }
}
