package dev.playlens.warehouse.ingest;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.SplittableRandom;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The id set answers like a HashSet of UUIDs, through growth, collisions and the all-zero id. */
class EventIdSetTest {
    @Test
    void answersLikeAHashSet() {
        SplittableRandom r = new SplittableRandom(7);
        EventIdSet set = new EventIdSet();
        HashSet<UUID> truth = new HashSet<>();
        for (int i = 0; i < 300_000; i++) {
            // few distinct high words and small low words: many repeats and hash neighbours
            long msb = r.nextInt(4) == 0 ? 0 : r.nextLong(1_000);
            long lsb = r.nextInt(4) == 0 ? 0 : r.nextLong(200_000);
            assertThat(set.add(msb, lsb)).as("%d %d", msb, lsb).isEqualTo(truth.add(new UUID(msb, lsb)));
        }
        assertThat(set.size()).isEqualTo(truth.size());
        assertThat(truth).contains(new UUID(0, 0));
    }
}
