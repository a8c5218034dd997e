package dev.playlens.storage;

import java.util.List;

/**
 * Large objects as independently uploaded parts that become visible only on {@link #complete}:
 * S3 multipart uploads, Azure Blob staged blocks + commit block list.
 * Parts are numbered from 1; the store verifies each part's MD5 on arrival.
 */
public interface StagedUploads {

    /** The smallest part the store accepts (except the last). */
    long minPartSize();

    /** Starts an upload for {@code key}; the id is stable and can be journaled to resume later. */
    String begin(String key);

    /**
     * Starts an upload of {@code size} bytes whose parts are all {@code partSize} bytes except the last; a store that
     * can put each part straight in its place uses this (a local folder then needs no final copy).
     */
    default String begin(String key, long size, long partSize) {
        return begin(key);
    }

    /** Uploads one part; returns the store's tag for it (S3 part ETag, Blob block id). */
    StagedPart uploadPart(String key, String uploadId, int partNumber, byte[] data, int length, byte[] md5);

    /** Parts the store still holds for this upload (for resume); empty if the upload is gone. */
    List<StagedPart> listParts(String key, String uploadId);

    /** Makes the object visible from {@code parts} (in order); {@code wholeMd5} may be null. */
    ObjectInfo complete(String key, String uploadId, List<StagedPart> parts, byte[] wholeMd5);

    /** Drops the upload and its parts; nothing becomes visible. */
    void abort(String key, String uploadId);

    /** Uploads under {@code prefix} that were started and never completed nor aborted. */
    List<PendingUpload> listPending(String prefix);

    record StagedPart(int partNumber, String tag, long size) {
    }

    record PendingUpload(String key, String uploadId, java.time.Instant started) {
    }
}
