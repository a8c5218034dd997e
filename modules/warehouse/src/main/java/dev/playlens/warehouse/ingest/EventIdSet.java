package dev.playlens.warehouse.ingest;

/**
 * A set of event ids (two longs each) with open addressing — the batch's "seen" set for exact in-batch
 * de-duplication without a UUID object per event. An empty slot holds the all-zero id, so a probe touches
 * one array only (millions of ids: the probes are cache misses); the all-zero id itself is kept apart.
 * Not thread-safe.
 */
final class EventIdSet {
    private long[] keys = new long[2 * 1024];
    private int size;
    private boolean hasZero;

    /** Adds the id; false when it was already there. */
    boolean add(long msb, long lsb) {
        if ((msb | lsb) == 0) {
            boolean added = !hasZero;
            hasZero = true;
            return added;
        }
        int slots = keys.length >>> 1;
        if (size * 2 >= slots) {
            grow();
            slots = keys.length >>> 1;
        }
        int mask = slots - 1;
        int i = mix(msb, lsb) & mask;
        while (true) {
            long m = keys[2 * i], l = keys[2 * i + 1];
            if ((m | l) == 0) break;
            if (m == msb && l == lsb) return false;
            i = (i + 1) & mask;
        }
        keys[2 * i] = msb;
        keys[2 * i + 1] = lsb;
        size++;
        return true;
    }

    int size() {
        return size + (hasZero ? 1 : 0);
    }

    private static int mix(long msb, long lsb) {
        long h = msb * 0x9E3779B97F4A7C15L ^ lsb * 0xC2B2AE3D27D4EB4FL;
        return (int) (h ^ (h >>> 29));
    }

    private void grow() {
        long[] old = keys;
        keys = new long[old.length * 2];
        size = 0;
        for (int i = 0; i < old.length; i += 2) {
            if ((old[i] | old[i + 1]) != 0) add(old[i], old[i + 1]);
        }
    }
}
