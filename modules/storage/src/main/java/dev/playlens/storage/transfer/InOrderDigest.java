package dev.playlens.storage.transfer;

import dev.playlens.storage.Md5;

import java.security.MessageDigest;
import java.util.HashMap;
import java.util.Map;

/**
 * One whole-object MD5 over parts that finish out of order (they are read in parallel): a part waits, holding its
 * buffer, until all earlier parts were digested; then its buffer goes back to the pool. The pool bounds how far
 * ahead parts can run, and the earliest unfinished part always holds a buffer, so this cannot deadlock.
 */
final class InOrderDigest {
    private final MessageDigest md5 = Md5.newDigest();
    private final Map<Integer, byte[]> waiting = new HashMap<>();
    private final Map<Integer, Integer> lengths = new HashMap<>();
    private final BufferPool pool;
    private int next = 1;

    InOrderDigest(BufferPool pool) {
        this.pool = pool;
    }

    synchronized void offer(int partNumber, byte[] buffer, int length) {
        waiting.put(partNumber, buffer);
        lengths.put(partNumber, length);
        while (waiting.containsKey(next)) {
            byte[] b = waiting.remove(next);
            md5.update(b, 0, lengths.remove(next));
            pool.give(b);
            next++;
        }
    }

    /** The MD5 of all parts; {@code partCount} must all have been offered. */
    synchronized byte[] digest(int partCount) {
        if (next != partCount + 1) throw new IllegalStateException("digested " + (next - 1) + " of " + partCount + " parts");
        return md5.digest();
    }

    /** After a failure: returns the buffers of parts still waiting for an earlier one. */
    synchronized void releaseWaiting() {
        waiting.values().forEach(pool::give);
        waiting.clear();
        lengths.clear();
    }
}
