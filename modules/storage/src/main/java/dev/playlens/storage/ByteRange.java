package dev.playlens.storage;

/** Bytes [offset, offset + length) of an object. */
public record ByteRange(long offset, long length) {
    public ByteRange {
        if (offset < 0 || length < 0) throw new IllegalArgumentException("bad range " + offset + "+" + length);
    }

    public long endInclusive() {
        return offset + length - 1;
    }
}
