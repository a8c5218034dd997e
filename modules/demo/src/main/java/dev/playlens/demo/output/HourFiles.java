package dev.playlens.demo.output;

import dev.playlens.core.job.JobCancelledException;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import java.util.zip.GZIPOutputStream;

/**
 * Writes lines into the seed pipeline's layout, {@code events/YYYY/MM/DD/HH/NAME.json.gz}, by the hour
 * each line reached the bucket, sorted by that time. Each hour is an independent task so files are
 * compressed in parallel; the gzip header carries no time, so equal input gives equal bytes.
 */
public final class HourFiles {
    private static final long HOUR_MS = 3_600_000L;
    /** Room for 2^35 lines and 2^28 ms (3.1 days) of delivery time after the base in one sort key. */
    private static final int INDEX_BITS = 35;

    private final Path eventsRoot;
    private final int gzipLevel;

    public HourFiles(Path eventsRoot, int gzipLevel) {
        this.eventsRoot = eventsRoot;
        this.gzipLevel = gzipLevel;
    }

    /**
     * Merges {@code batches} (in order), sorts by delivery time (ties keep production order) and returns
     * one task per hour that writes {@code fileName} in that hour's folder and returns its line count.
     *
     * @param base a time no later than any delivery in the batches
     */
    public List<Callable<Integer>> tasks(List<LineBatch> batches, long base, String fileName,
                                         BooleanSupplier cancelled) {
        LineBatch[] owner = batches.toArray(LineBatch[]::new);
        int[] first = new int[owner.length + 1];
        for (int b = 0; b < owner.length; b++) first[b + 1] = first[b] + owner[b].size;
        int total = first[owner.length];
        long[] keys = new long[total];
        for (int b = 0; b < owner.length; b++) {
            LineBatch batch = owner[b];
            for (int i = 0; i < batch.size; i++) {
                long offset = batch.delivered[i] - base;
                if (offset < 0 || offset >= 1L << (63 - INDEX_BITS)) {
                    throw new IllegalStateException("delivery time out of range of the day: " + batch.delivered[i]);
                }
                keys[first[b] + i] = (offset << INDEX_BITS) | (first[b] + i);
            }
        }
        Arrays.sort(keys);
        List<Callable<Integer>> tasks = new ArrayList<>();
        int from = 0;
        while (from < total) {
            long hour = hourOf(keys[from], base);
            int to = from + 1;
            while (to < total && hourOf(keys[to], base) == hour) to++;
            int start = from;
            int end = to;
            tasks.add(() -> write(hourFolder(hour).resolve(fileName), owner, first, keys, start, end, cancelled));
            from = to;
        }
        return tasks;
    }

    private int write(Path file, LineBatch[] owner, int[] first, long[] keys, int from, int to,
                      BooleanSupplier cancelled) throws IOException {
        if (cancelled.getAsBoolean()) throw new JobCancelledException();
        Files.createDirectories(file.getParent());
        long mask = (1L << INDEX_BITS) - 1;
        try (OutputStream out = new BufferedOutputStream(new LevelGzip(Files.newOutputStream(file), gzipLevel),
                1 << 16)) {
            for (int k = from; k < to; k++) {
                int n = (int) (keys[k] & mask);
                int b = batchOf(first, n);
                LineBatch batch = owner[b];
                int i = n - first[b];
                out.write(batch.bytes, batch.start[i], batch.length[i]);
            }
        }
        return to - from;
    }

    /** The batch holding global line {@code n}: the last b with first[b] <= n. */
    private static int batchOf(int[] first, int n) {
        int lo = 0;
        int hi = first.length - 2;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (first[mid] <= n) lo = mid;
            else hi = mid - 1;
        }
        return lo;
    }

    private static long hourOf(long key, long base) {
        return Math.floorDiv(base + (key >>> INDEX_BITS), HOUR_MS);
    }

    private Path hourFolder(long hour) {
        LocalDateTime t = LocalDateTime.ofInstant(Instant.ofEpochMilli(hour * HOUR_MS), ZoneOffset.UTC);
        return eventsRoot.resolve(String.format("%04d", t.getYear())).resolve(String.format("%02d", t.getMonthValue()))
                .resolve(String.format("%02d", t.getDayOfMonth())).resolve(String.format("%02d", t.getHour()));
    }

    /** A gzip stream at a chosen compression level (the JDK's has no constructor for it). */
    private static final class LevelGzip extends GZIPOutputStream {
        LevelGzip(OutputStream out, int level) throws IOException {
            super(out, 1 << 16);
            def.setLevel(level);
        }
    }
}
