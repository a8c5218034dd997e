package dev.playlens.storage.transfer;

import dev.playlens.core.job.JobContext;
import dev.playlens.storage.ObjectStore;
import dev.playlens.storage.TestBytes;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongPredicate;

/** A prefix of small and multipart-sized objects, and transfer options with test-sized parts. */
final class TransferFixtures {
    static final long PART = 5L << 20;

    private TransferFixtures() {
    }

    /** 12 small objects (0 B … 200 KB) under two folders, and two objects of 3 parts each at 5 MiB parts. */
    static Map<String, byte[]> mixedObjects() {
        Map<String, byte[]> objects = new LinkedHashMap<>();
        for (int i = 0; i < 12; i++) {
            objects.put("events/2017/09/" + (i % 2 == 0 ? "15" : "16") + "/part-" + i + ".json", TestBytes.random(100 + i, i * 17_000));
        }
        objects.put("big/exactly-three-parts.bin", TestBytes.random(7, (int) (3 * PART)));
        objects.put("big/ragged.bin", TestBytes.random(8, (int) (2 * PART + 12_345)));
        return objects;
    }

    static TransferOptions options(Path journal) {
        return new TransferOptions(4, PART, journal, 2, Duration.ofMillis(100));
    }

    static Map<String, String> put(ObjectStore store, Map<String, byte[]> objects) throws Exception {
        return TestBytes.put(store, objects);
    }

    /** A context that reports cancelled once {@code when} accepts the bytes done so far. */
    static JobContext cancelWhen(LongPredicate when) {
        return new JobContext() {
            private volatile boolean cancelled;

            @Override
            public void progress(long done, long total, String message) {
                if (when.test(done)) cancelled = true;
            }

            @Override
            public boolean isCancelled() {
                return cancelled;
            }
        };
    }
}
