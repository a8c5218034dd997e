package dev.playlens.storage;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/** MD5 helpers: hex/base64 forms and the S3 multipart ETag ("md5 of the part md5s" + "-" + part count). */
public final class Md5 {
    private Md5() {
    }

    public static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static byte[] of(byte[] data, int length) {
        MessageDigest d = newDigest();
        d.update(data, 0, length);
        return d.digest();
    }

    /** The MD5 of {@code length} bytes of {@code file} from {@code offset} (fewer if the file is shorter). */
    public static byte[] ofFile(Path file, long offset, long length) throws IOException {
        MessageDigest d = newDigest();
        ByteBuffer buf = ByteBuffer.allocate(1 << 20);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            for (long done = 0; done < length; ) {
                buf.clear().limit((int) Math.min(buf.capacity(), length - done));
                int n = ch.read(buf, offset + done);
                if (n < 0) break;
                d.update(buf.array(), 0, n);
                done += n;
            }
        }
        return d.digest();
    }

    public static String hex(byte[] md5) {
        return md5 == null ? null : HexFormat.of().formatHex(md5);
    }

    public static byte[] fromHex(String hex) {
        return HexFormat.of().parseHex(hex);
    }

    public static String base64(byte[] md5) {
        return md5 == null ? null : Base64.getEncoder().encodeToString(md5);
    }

    public static byte[] fromBase64(String b64) {
        return b64 == null ? null : Base64.getDecoder().decode(b64);
    }

    /** The ETag S3 gives an object assembled from parts with these MD5s. */
    public static String multipartEtag(List<byte[]> partMd5s) {
        MessageDigest d = newDigest();
        partMd5s.forEach(d::update);
        return hex(d.digest()) + "-" + partMd5s.size();
    }

    /** Strips the quotes S3 puts around ETags. */
    public static String unquote(String etag) {
        if (etag == null) return null;
        return etag.length() >= 2 && etag.startsWith("\"") && etag.endsWith("\"") ? etag.substring(1, etag.length() - 1) : etag;
    }
}
