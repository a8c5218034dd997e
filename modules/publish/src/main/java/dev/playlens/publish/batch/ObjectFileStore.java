package dev.playlens.publish.batch;

import dev.playlens.storage.ListRequest;
import dev.playlens.storage.Md5;
import dev.playlens.storage.ObjectStore;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * An S3 or Azure Blob prefix ({@code s3://bucket/prefix}, {@code azure://container/prefix}) as a {@link FileStore}:
 * each complete file is uploaded to {@code <prefix>/<key>} with its MD5, and the store makes the object visible only
 * once every byte is in (S3 single PUT or multipart, Blob staged blocks). Re-publishing a version overwrites the
 * same keys. The store is opened per operation, so nothing stays open between publishes.
 */
public final class ObjectFileStore implements FileStore {
    private final String uri;
    private final Function<String, ObjectStore> opener;

    /** {@code opener} opens the store a URI names, with the caller's settings (credentials stay with the caller). */
    public ObjectFileStore(String uri, Function<String, ObjectStore> opener) {
        this.uri = uri;
        this.opener = opener;
    }

    /** Lists at most one entry: a missing bucket or container, or rejected credentials, fail here naming the URI. */
    @Override
    public void check() {
        try (ObjectStore store = opener.apply(uri)) {
            store.list(new ListRequest("", "/", null, 1));
        }
    }

    @Override
    public void commit(Path completeFile, String key) throws IOException {
        // buffered: the Blob client marks and resets the stream to retry a single upload
        try (ObjectStore store = opener.apply(uri);
             InputStream in = new BufferedInputStream(Files.newInputStream(completeFile), 1 << 16)) {
            // the MD5 lets the store reject bytes corrupted on the way
            store.write(key, in, Files.size(completeFile), Md5.ofFile(completeFile, 0, Files.size(completeFile)));
        } finally {
            Files.deleteIfExists(completeFile);
        }
    }

    @Override
    public String describe() {
        return uri;
    }
}
