package dev.playlens.storage.transfer;

import dev.playlens.core.job.JobCancelledException;
import dev.playlens.storage.ByteRange;
import dev.playlens.storage.Md5;
import dev.playlens.storage.ObjectInfo;
import dev.playlens.storage.ObjectStore;
import dev.playlens.storage.StagedUploads;
import dev.playlens.storage.StagedUploads.StagedPart;
import dev.playlens.storage.StoreException;
import dev.playlens.storage.StoreException.Kind;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;

/**
 * Copies one object, streamed and verified: small objects in one verified write; large ones as a staged upload whose
 * parts are read in order (one whole-object MD5) and uploaded in parallel, each with its MD5, journaled as they finish.
 * Returns the bytes uploaded. Nothing becomes visible at the destination until every part arrived intact.
 */
final class ObjectCopier {
    private final ObjectStore source;
    private final ObjectStore destination;
    private final TransferJournal journal;
    private final ExecutorService partPool;
    private final BufferPool buffers;
    private final long partSize;
    private final TransferOptions options;
    private final BooleanSupplier cancelled;
    private final BooleanSupplier stopped;
    private final LongConsumer uploaded;

    ObjectCopier(ObjectStore source, ObjectStore destination, TransferJournal journal, ExecutorService partPool,
                 BufferPool buffers, long partSize, TransferOptions options, BooleanSupplier cancelled,
                 BooleanSupplier stopped, LongConsumer uploaded) {
        this.source = source;
        this.destination = destination;
        this.journal = journal;
        this.partPool = partPool;
        this.buffers = buffers;
        this.partSize = partSize;
        this.options = options;
        this.cancelled = cancelled;
        this.stopped = stopped;
        this.uploaded = uploaded;
    }

    long copy(ObjectInfo src) {
        var staged = destination.staged();
        if (src.size() <= partSize) return copyWhole(src);
        if (staged.isPresent()) return copyStaged(src, staged.get());
        return copyStreamed(src);
    }

    private Retry retry(BooleanSupplier alsoStop) {
        return new Retry(options.attempts(), options.retryDelay(), () -> stopped.getAsBoolean() || alsoStop.getAsBoolean());
    }

    private long copyWhole(ObjectInfo src) {
        ObjectInfo written = retry(() -> false).run(() -> {
            byte[] data;
            try (InputStream in = source.read(src.key())) {
                data = in.readNBytes((int) src.size() + 1);
            }
            if (data.length != src.size()) throw changed(src, data.length);
            byte[] md5 = Md5.of(data, data.length);
            checkSource(src, md5);
            return destination.write(src.key(), new ByteArrayInputStream(data), data.length, md5);
        });
        finish(src, written);
        uploaded.accept(src.size());
        return src.size();
    }

    /** Large object to a store without staged uploads: one stream into its temp file + rename. */
    private long copyStreamed(ObjectInfo src) {
        ObjectInfo written = retry(() -> false).run(() -> {
            MessageDigest digest = Md5.newDigest();
            ObjectInfo w;
            try (InputStream in = new DigestInputStream(source.read(src.key()), digest)) {
                w = destination.write(src.key(), in, src.size(), src.contentMd5() == null ? null : Md5.fromHex(src.contentMd5()));
            }
            checkSource(src, digest.digest());
            return w;
        });
        finish(src, written);
        uploaded.accept(src.size());
        return src.size();
    }

    private long copyStaged(ObjectInfo src, StagedUploads up) {
        String key = src.key();
        long part = Math.max(partSize, up.minPartSize());
        int partCount = (int) ((src.size() + part - 1) / part);
        Map<Integer, StagedPart> reusable = new HashMap<>();
        String uploadId = resume(src, up, part, reusable);
        AtomicBoolean abandon = new AtomicBoolean();
        Retry retry = retry(abandon::get);
        if (uploadId == null) {
            uploadId = retry.run(() -> up.begin(key, src.size(), part));
            journal.uploadStarted(key, uploadId, part, src.size(), src.etag());
        }
        String id = uploadId;
        StagedPart[] parts = new StagedPart[partCount];
        List<Future<?>> inFlight = new ArrayList<>();
        InOrderDigest whole = new InOrderDigest(buffers);
        AtomicLong sent = new AtomicLong();
        try {
            for (int i = 0; i < partCount; i++) {
                if (stopped.getAsBoolean()) throw new JobCancelledException();
                failFast(inFlight);
                long offset = i * part;
                int length = (int) Math.min(part, src.size() - offset);
                int number = i + 1;
                StagedPart earlier = reusable.get(number);
                byte[] buffer = buffers.take(); // taken in part order: the earliest unfinished part always has one
                boolean handedOff = false;
                try {
                    // each part reads its own range, so reads run in parallel like the uploads
                    inFlight.add(partPool.submit(() -> {
                        boolean digested = false;
                        try {
                            retry.run(() -> {
                                try (InputStream in = source.read(key, new ByteRange(offset, length))) {
                                    StagedWriter.readFully(in, buffer, length, key);
                                }
                                return null;
                            });
                            if (earlier != null) {
                                parts[number - 1] = earlier; // uploaded by an earlier run: read only for the whole-object MD5
                            } else {
                                byte[] md5 = Md5.of(buffer, length);
                                StagedPart p = retry.run(() -> up.uploadPart(key, id, number, buffer, length, md5));
                                journal.partDone(key, id, new TransferJournal.Part(number, p.tag(), Md5.hex(md5), length));
                                parts[number - 1] = p;
                                sent.addAndGet(length);
                                uploaded.accept(length);
                            }
                            whole.offer(number, buffer, length);
                            digested = true;
                        } finally {
                            if (!digested) buffers.give(buffer);
                        }
                        return null;
                    }));
                    handedOff = true;
                } finally {
                    if (!handedOff) buffers.give(buffer);
                }
            }
            awaitAll(inFlight);
            byte[] wholeMd5 = whole.digest(partCount);
            checkSource(src, wholeMd5);
            ObjectInfo info = retry.run(() -> up.complete(key, id, Arrays.asList(parts), wholeMd5));
            if (info.size() != src.size())
                throw new StoreException(Kind.CHECKSUM_MISMATCH, key + ": the destination assembled " + info.size()
                        + " bytes, expected " + src.size());
            finish(src, info);
            return sent.get();
        } catch (RuntimeException e) {
            abandon.set(true);
            awaitQuietly(inFlight);
            whole.releaseWaiting();
            boolean byUser = e instanceof JobCancelledException && cancelled.getAsBoolean();
            if (byUser || (e instanceof StoreException se && se.kind() == Kind.CHECKSUM_MISMATCH)) {
                // cancel or bad bytes: drop the parts; a transient failure keeps them for the re-run to resume
                StagedWriter.abortQuietly(up, key, id);
                journal.uploadAborted(key);
            }
            throw e;
        }
    }

    /** Reuses a journaled upload whose parts the destination still holds; returns its id, or null to start afresh. */
    private String resume(ObjectInfo src, StagedUploads up, long part, Map<Integer, StagedPart> reusable) {
        var prior = journal.upload(src.key()).orElse(null);
        if (prior == null) return null;
        boolean sameSource = prior.size() == src.size() && prior.partSize() == part && Objects.equals(prior.sourceTag(), src.etag());
        if (!sameSource) {
            StagedWriter.abortQuietly(up, src.key(), prior.uploadId());
            journal.uploadAborted(src.key());
            return null;
        }
        List<StagedPart> held = retry(() -> false).run(() -> up.listParts(src.key(), prior.uploadId()));
        for (StagedPart p : held) {
            TransferJournal.Part mine = prior.parts().get(p.partNumber());
            if (mine != null && mine.tag().equals(p.tag()) && mine.size() == p.size()) reusable.put(p.partNumber(), p);
        }
        if (held.isEmpty() && !prior.parts().isEmpty()) { // the destination dropped the upload (aborted, expired)
            journal.uploadAborted(src.key());
            return null;
        }
        return prior.uploadId();
    }

    private void finish(ObjectInfo src, ObjectInfo written) {
        String tag = written.etag();
        if (tag == null) tag = destination.stat(src.key()).map(ObjectInfo::etag).orElse(null);
        journal.objectDone(src.key(), src.etag(), src.size(), tag);
    }

    private static void checkSource(ObjectInfo src, byte[] md5) {
        if (src.contentMd5() != null && !src.contentMd5().equalsIgnoreCase(Md5.hex(md5)))
            throw new StoreException(Kind.CHECKSUM_MISMATCH, src.key() + ": the bytes read have MD5 " + Md5.hex(md5)
                    + " but the source reports " + src.contentMd5() + " (changed or corrupted at the source)");
    }

    private static StoreException changed(ObjectInfo src, long got) {
        return new StoreException(Kind.OTHER, src.key() + ": the source object changed during the copy (listed "
                + src.size() + " bytes, read " + got + "); re-run the transfer");
    }

    private static void failFast(List<Future<?>> futures) {
        for (Future<?> f : futures) if (f.isDone()) get(f);
    }

    private static void awaitAll(List<Future<?>> futures) {
        for (Future<?> f : futures) get(f);
    }

    private static void get(Future<?> f) {
        boolean interrupted = false;
        while (true) {
            try {
                f.get();
                if (interrupted) throw new JobCancelledException();
                return;
            } catch (InterruptedException e) {
                interrupted = true; // keep waiting: the part's buffer and journal record must settle first
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException re) throw re;
                throw new StoreException(Kind.OTHER, String.valueOf(e.getCause()), e.getCause());
            }
        }
    }

    private static void awaitQuietly(List<Future<?>> futures) {
        for (Future<?> f : futures) {
            try {
                get(f);
            } catch (RuntimeException ignored) {
                // the first failure is already on its way up
            }
        }
    }
}
