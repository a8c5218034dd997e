package dev.playlens.storage.transfer;

import dev.playlens.storage.Md5;
import dev.playlens.storage.ObjectInfo;
import dev.playlens.storage.StagedUploads;
import dev.playlens.storage.StagedUploads.StagedPart;
import dev.playlens.storage.StoreException;
import dev.playlens.storage.StoreException.Kind;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Writes one stream as a staged upload, part after part, so a large {@code ObjectStore.write} is still atomic.
 * On any failure the upload is aborted. (Transfers use {@link ObjectCopier}, which does parts in parallel.)
 */
public final class StagedWriter {
    private StagedWriter() {
    }

    public static ObjectInfo write(StagedUploads staged, String key, InputStream data, long size, long partSize, byte[] md5) {
        long part = Math.max(partSize, staged.minPartSize());
        String uploadId = staged.begin(key);
        boolean done = false;
        try {
            MessageDigest whole = Md5.newDigest();
            List<StagedPart> parts = new ArrayList<>();
            byte[] buffer = new byte[(int) Math.min(part, Math.max(size, 1))];
            long remaining = size;
            int number = 1;
            do {
                int length = (int) Math.min(buffer.length, remaining);
                readFully(data, buffer, length, key);
                whole.update(buffer, 0, length);
                parts.add(staged.uploadPart(key, uploadId, number++, buffer, length, Md5.of(buffer, length)));
                remaining -= length;
            } while (remaining > 0);
            if (data.read() >= 0) throw new StoreException(Kind.OTHER, key + ": the stream is longer than " + size + " bytes");
            byte[] actual = whole.digest();
            if (md5 != null && !Arrays.equals(md5, actual))
                throw new StoreException(Kind.CHECKSUM_MISMATCH, key + ": MD5 of the streamed bytes " + Md5.hex(actual)
                        + " is not the expected " + Md5.hex(md5));
            ObjectInfo info = staged.complete(key, uploadId, parts, actual);
            done = true;
            return info;
        } catch (IOException e) {
            throw new StoreException(Kind.TRANSIENT, "reading the data for " + key + ": " + e.getMessage(), e);
        } finally {
            if (!done) abortQuietly(staged, key, uploadId);
        }
    }

    static void readFully(InputStream in, byte[] buffer, int length, String key) throws IOException {
        int off = 0;
        while (off < length) {
            int n = in.read(buffer, off, length - off);
            if (n < 0) throw new StoreException(Kind.OTHER, key + ": the stream ended after " + off + " of " + length + " bytes of a part");
            off += n;
        }
    }

    static void abortQuietly(StagedUploads staged, String key, String uploadId) {
        try {
            staged.abort(key, uploadId);
        } catch (RuntimeException ignored) {
            // the cleanup command lists what an unreachable store kept
        }
    }
}
