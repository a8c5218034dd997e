package dev.playlens.storage;

import java.time.Instant;

/**
 * One listed or stat'ed entry. {@code contentMd5} is the hex MD5 of the whole object when the store knows it
 * (S3 single-part ETag, Blob Content-MD5), else null; {@code etag} is whatever version tag the store reports.
 * A "prefix" entry is a common prefix (a folder) from a delimited listing: size 0, no etag.
 */
public record ObjectInfo(String key, long size, Instant lastModified, String etag, String contentMd5, boolean isPrefix) {

    public static ObjectInfo object(String key, long size, Instant lastModified, String etag, String contentMd5) {
        return new ObjectInfo(key, size, lastModified, etag, contentMd5, false);
    }

    public static ObjectInfo prefix(String key) {
        return new ObjectInfo(key, 0, null, null, null, true);
    }
}
