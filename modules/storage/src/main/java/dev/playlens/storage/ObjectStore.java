package dev.playlens.storage;

import java.io.InputStream;
import java.net.URI;
import java.util.Optional;

/**
 * A flat key → bytes store rooted at a location (an S3 bucket + prefix, a Blob container + prefix, a local folder).
 * Keys are relative to the root. Writes are atomic: readers see the old object or the whole new one, never a part.
 * Every failure is a {@link StoreException} with a one-line message naming the store.
 */
public interface ObjectStore extends AutoCloseable {

    /** The root this store was opened on, e.g. {@code s3://bucket/prefix/}. */
    URI uri();

    ListPage list(ListRequest request);

    /** The object's metadata, or empty when there is no object at {@code key}. */
    Optional<ObjectInfo> stat(String key);

    InputStream read(String key);

    InputStream read(String key, ByteRange range);

    /**
     * Writes exactly {@code size} bytes from {@code data} to {@code key}, replacing any object there.
     * {@code md5} (16 bytes, may be null) is sent to the store so it can reject corrupted bytes.
     */
    ObjectInfo write(String key, InputStream data, long size, byte[] md5);

    default ObjectInfo write(String key, InputStream data, long size) {
        return write(key, data, size, null);
    }

    /** Deletes {@code key}; deleting a missing key is not an error. */
    void delete(String key);

    /** Parallel part/block uploads, when the store supports them (S3 multipart, Blob staged blocks). */
    default Optional<StagedUploads> staged() {
        return Optional.empty();
    }

    @Override
    void close();
}
