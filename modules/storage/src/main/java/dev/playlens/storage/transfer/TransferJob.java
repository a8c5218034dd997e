package dev.playlens.storage.transfer;

import dev.playlens.core.job.Job;
import dev.playlens.core.job.JobCancelledException;
import dev.playlens.core.job.JobContext;
import dev.playlens.storage.ListPage;
import dev.playlens.storage.ListRequest;
import dev.playlens.storage.ObjectInfo;
import dev.playlens.storage.ObjectStore;
import dev.playlens.storage.StoreException;
import dev.playlens.storage.StoreException.Kind;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Copies every object under the source store's root to the same relative key under the destination's root.
 * Objects already at the destination (journal says so and the destination tag is unchanged, or both report the
 * same MD5 and size) are skipped. Up to {@code parallel} objects at once; a large object's parts also go
 * {@code parallel} at once. A store that stays unreachable stops the run with {@link TransferFailedException};
 * the journal lets the next run resume. Cancel aborts in-progress uploads and leaves finished objects in place.
 */
public final class TransferJob implements Job<TransferReport> {
    private final ObjectStore source;
    private final ObjectStore destination;
    private final TransferOptions options;

    public TransferJob(ObjectStore source, ObjectStore destination, TransferOptions options) {
        this.source = source;
        this.destination = destination;
        this.options = options;
    }

    @Override
    public TransferReport run(JobContext context) {
        context.progress(0, -1, "listing " + source.uri());
        List<ObjectInfo> objects = listAll(source, context);
        Map<String, ObjectInfo> existing = new HashMap<>();
        for (ObjectInfo o : listAll(destination, context)) existing.put(o.key(), o);
        long totalBytes = objects.stream().mapToLong(ObjectInfo::size).sum();

        Counters c = new Counters(objects.size(), totalBytes, context);
        AtomicReference<StoreException> fatal = new AtomicReference<>();
        Flags flags = new Flags(context, fatal);
        ExecutorService objectPool = Executors.newFixedThreadPool(options.parallel(), Thread.ofPlatform().name("transfer-object-", 0).daemon().factory());
        ExecutorService partPool = Executors.newFixedThreadPool(options.parallel(), Thread.ofPlatform().name("transfer-part-", 0).daemon().factory());
        try (TransferJournal journal = options.journalDir() == null ? TransferJournal.inMemory()
                : TransferJournal.open(options.journalDir(), source.uri().toString(), destination.uri().toString())) {
            long partSize = destination.staged().map(s -> Math.max(options.partSize(), s.minPartSize())).orElse(options.partSize());
            ObjectCopier copier = new ObjectCopier(source, destination, journal, partPool,
                    new BufferPool(options.parallel() * 2, (int) partSize), partSize, options,
                    flags::cancelled, flags::stopped, c::uploaded);
            List<Future<?>> futures = new ArrayList<>();
            for (ObjectInfo o : objects) {
                futures.add(objectPool.submit(() -> copyOne(o, existing.get(o.key()), journal, copier, c, flags, fatal)));
            }
            for (Future<?> f : futures) waitFor(f, flags);
        } finally {
            objectPool.shutdownNow();
            partPool.shutdownNow();
        }
        TransferReport report = c.report();
        if (flags.cancelled()) throw new JobCancelledException();
        if (fatal.get() != null)
            throw new TransferFailedException("transfer " + source.uri() + " → " + destination.uri() + " stopped: "
                    + fatal.get().getMessage() + "; re-run to resume (" + report.copied() + " copied, "
                    + report.skipped() + " skipped so far)", report, fatal.get());
        return report;
    }

    private void copyOne(ObjectInfo o, ObjectInfo atDestination, TransferJournal journal, ObjectCopier copier,
                         Counters c, Flags flags, AtomicReference<StoreException> fatal) {
        if (flags.stopped()) return;
        try {
            if (alreadyThere(o, atDestination, journal)) {
                c.skipped(o.size());
                return;
            }
            long sent = copier.copy(o);
            c.copied(o.size() - sent); // parts reused from an earlier run count as done too
        } catch (JobCancelledException e) {
            // counted neither way: the run is stopping
        } catch (StoreException e) {
            c.failed(o.key(), e.getMessage());
            if (isFatal(e)) fatal.compareAndSet(null, e);
        } catch (RuntimeException e) {
            c.failed(o.key(), e.toString());
        }
    }

    private static boolean alreadyThere(ObjectInfo src, ObjectInfo dst, TransferJournal journal) {
        if (dst == null || dst.size() != src.size()) return false;
        var done = journal.done(src.key());
        if (done.isPresent() && Objects.equals(done.get().sourceTag(), src.etag())
                && Objects.equals(done.get().destinationTag(), dst.etag())) return true;
        return src.contentMd5() != null && src.contentMd5().equalsIgnoreCase(dst.contentMd5());
    }

    /** Failures that will hit every other object too: stop instead of failing them one by one. */
    private static boolean isFatal(StoreException e) {
        return e.kind() == Kind.TRANSIENT || e.kind() == Kind.BAD_CREDENTIALS || e.kind() == Kind.NO_SUCH_CONTAINER;
    }

    private static void waitFor(Future<?> f, Flags flags) {
        while (true) {
            try {
                f.get(200, TimeUnit.MILLISECONDS);
                return;
            } catch (TimeoutException e) {
                flags.poll();
            } catch (InterruptedException e) {
                flags.cancelNow(); // JobHandle.cancel interrupts us: stop, but wait for workers to clean up
            } catch (java.util.concurrent.ExecutionException e) {
                return; // copyOne records its own failures
            }
        }
    }

    static List<ObjectInfo> listAll(ObjectStore store, JobContext context) {
        List<ObjectInfo> all = new ArrayList<>();
        ListRequest request = ListRequest.recursive("");
        while (true) {
            context.checkCancelled();
            ListPage page = store.list(request);
            for (ObjectInfo o : page.entries()) if (!o.isPrefix()) all.add(o);
            if (!page.hasMore()) return all;
            request = request.next(page.nextToken());
        }
    }

    /** Cancel (from the context or an interrupt) and stop (cancel or a fatal failure), read by worker threads. */
    private static final class Flags {
        private final JobContext context;
        private final AtomicReference<StoreException> fatal;
        private volatile boolean cancelled;

        Flags(JobContext context, AtomicReference<StoreException> fatal) {
            this.context = context;
            this.fatal = fatal;
        }

        void poll() {
            if (context.isCancelled()) cancelled = true;
        }

        void cancelNow() {
            cancelled = true;
        }

        boolean cancelled() {
            poll();
            return cancelled;
        }

        boolean stopped() {
            return cancelled() || fatal.get() != null;
        }
    }

    /** Thread-safe tallies and progress reporting. */
    private static final class Counters {
        private final long objects;
        private final long totalBytes;
        private final JobContext context;
        private final AtomicLong copied = new AtomicLong();
        private final AtomicLong skipped = new AtomicLong();
        private final AtomicLong bytes = new AtomicLong();
        private final AtomicLong doneBytes = new AtomicLong();
        private final List<String> failures = Collections.synchronizedList(new ArrayList<>());

        Counters(long objects, long totalBytes, JobContext context) {
            this.objects = objects;
            this.totalBytes = totalBytes;
            this.context = context;
            context.progress(0, totalBytes, "0 of " + objects + " objects");
        }

        void uploaded(long n) {
            bytes.addAndGet(n);
            report(n);
        }

        void copied(long notYetCounted) {
            copied.incrementAndGet();
            report(notYetCounted);
        }

        void skipped(long size) {
            skipped.incrementAndGet();
            report(size);
        }

        void failed(String key, String reason) {
            failures.add(key + ": " + reason);
        }

        private void report(long size) {
            long done = doneBytes.addAndGet(size);
            long n = copied.get() + skipped.get();
            context.progress(done, totalBytes, n + " of " + objects + " objects (" + skipped.get() + " already there)");
        }

        TransferReport report() {
            // every copy path verifies against what the destination reports, or fails, so verified == copied
            return new TransferReport(objects, copied.get(), skipped.get(), failures.size(), bytes.get(), copied.get(), failures);
        }
    }
}
