package dev.playlens.storage.transfer;

import dev.playlens.storage.Md5;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Timeout;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

class InOrderDigestTest {
    private static final int PART = 64 * 1024;

    @RepeatedTest(5)
    @Timeout(60) // a buffer never given back makes pool.take() wait forever
    void partsOfferedOutOfOrderFromManyThreadsDigestLikeTheWholeAndGiveEveryBufferBack() throws Exception {
        int parts = 200;
        byte[] whole = new byte[parts * PART - 123]; // a short last part
        new Random(parts).nextBytes(whole);
        BufferPool pool = new BufferPool(16, PART);
        InOrderDigest digest = new InOrderDigest(pool);
        List<Integer> order = new ArrayList<>();
        for (int i = 1; i <= parts; i++) order.add(i);
        Collections.shuffle(order.subList(0, parts), new Random(7)); // no order at all, beyond the pool's bound
        order.sort((a, b) -> Integer.compare(a / 12, b / 12)); // …but never more than a pool's worth ahead
        try (ExecutorService threads = Executors.newFixedThreadPool(8)) {
            List<Future<?>> offers = new ArrayList<>();
            for (int number : order) {
                byte[] buffer = pool.take();
                int offset = (number - 1) * PART;
                int length = Math.min(PART, whole.length - offset);
                System.arraycopy(whole, offset, buffer, 0, length);
                offers.add(threads.submit(() -> digest.offer(number, buffer, length)));
            }
            for (Future<?> f : offers) f.get();
        }

        assertThat(Md5.hex(digest.digest(parts))).isEqualTo(Md5.hex(Md5.of(whole, whole.length)));
        List<byte[]> all = new ArrayList<>();
        for (int i = 0; i < 16; i++) all.add(pool.take());
        assertThat(all).hasSize(16);
    }
}
