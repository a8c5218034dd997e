package dev.playlens.storage.transfer;

import dev.playlens.core.job.JobCancelledException;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;

/** A fixed number of part-sized buffers: bounds memory to count × size however many objects are in flight. */
final class BufferPool {
    private final Semaphore permits;
    private final ConcurrentLinkedQueue<byte[]> free = new ConcurrentLinkedQueue<>();
    private final int size;

    BufferPool(int count, int size) {
        this.permits = new Semaphore(count);
        this.size = size;
    }

    byte[] take() {
        try {
            permits.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new JobCancelledException();
        }
        byte[] b = free.poll();
        return b != null ? b : new byte[size];
    }

    void give(byte[] buffer) {
        free.offer(buffer);
        permits.release();
    }
}
