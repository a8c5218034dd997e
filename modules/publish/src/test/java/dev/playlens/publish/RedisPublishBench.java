package dev.playlens.publish;

import dev.playlens.core.job.JobContext;
import dev.playlens.publish.cache.RedisLocation;
import dev.playlens.publish.cache.RedisTarget;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * bench/publish/run.sh: N synthetic predictions through {@link RedisTarget} (pipelined SET EX + the switch), the
 * cache layer alone. Prints "keys N seconds S rate R/s".
 */
public final class RedisPublishBench {
    public static void main(String[] args) throws Exception {
        RedisLocation where = RedisLocation.parse(args[0]);
        int n = Integer.parseInt(args[1]);
        int version = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        Instant at = Instant.now();
        RedisTarget target = new RedisTarget(where, Duration.ofHours(1));
        long t0 = System.nanoTime();
        try (PublishTarget.Session s = target.open("bench", version, JobContext.silent())) {
            List<Prediction> batch = new ArrayList<>(10_000);
            for (int i = 0; i < n; i++) {
                batch.add(new Prediction("bench", version, "user-" + i, (i % 1000) / 1000.0, i % 2, null, at));
                if (batch.size() == 10_000) {
                    s.write(batch);
                    batch = new ArrayList<>(10_000);
                }
            }
            if (!batch.isEmpty()) s.write(batch);
            long written = s.commit();
            double secs = (System.nanoTime() - t0) / 1e9;
            System.out.printf("keys %d seconds %.2f rate %.0f/s%n", written, secs, written / secs);
        }
    }
}
