package dev.playlens.warehouse.ingest;

/**
 * A set of event ids (two longs each) with open addressing — the batch's "seen" set for exact in-batch
 * de-duplication without a UUID object per event. Not thread-safe.
 */
final class EventIdSet {
    private long[] keys = new long[2 * 1024];
    private boolean[] used = new boolean[1024];
    private int size;

    /** Adds the id; false when it was already there. */
    boolean add(long msb, long lsb) {
        if (size * 2 >= used.length) grow();
        int mask = used.length - 1;
        int i = mix(msb, lsb) & mask;
        while (used[i]) {
            if (keys[2 * i] == msb && keys[2 * i + 1] == lsb) return false;
            i = (i + 1) & mask;
        }
        used[i] = true;
        keys[2 * i] = msb;
        keys[2 * i + 1] = lsb;
        size++;
        return true;
    }

    int size() {
        return size;
    }

    private static int mix(long msb, long lsb) {
        long h = msb * 0x9E3779B97F4A7C15L ^ lsb * 0xC2B2AE3D27D4EB4FL;
        return (int) (h ^ (h >>> 29));
    }

    private void grow() {
        long[] oldKeys = keys;
        boolean[] oldUsed = used;
        keys = new long[oldKeys.length * 2];
        used = new boolean[oldUsed.length * 2];
        size = 0;
        for (int i = 0; i < oldUsed.length; i++) {
            if (oldUsed[i]) add(oldKeys[2 * i], oldKeys[2 * i + 1]);
        }
    }
}
