package dev.playlens.storage.s3;

import dev.playlens.storage.Md5;
import dev.playlens.storage.ObjectInfo;
import dev.playlens.storage.StagedUploads;
import dev.playlens.storage.StoreException;
import dev.playlens.storage.StoreException.Kind;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompleteMultipartUploadResponse;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.ListMultipartUploadsResponse;
import software.amazon.awssdk.services.s3.model.ListPartsResponse;
import software.amazon.awssdk.services.s3.model.MultipartUpload;
import software.amazon.awssdk.services.s3.model.NoSuchUploadException;
import software.amazon.awssdk.services.s3.model.Part;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.UploadPartResponse;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** S3 multipart uploads: each part carries Content-MD5, and every ETag S3 returns is checked against our MD5s. */
final class S3MultipartUploads implements StagedUploads {
    private final S3Client s3;
    private final String bucket;
    private final String root;
    private final Function<String, String> where;

    S3MultipartUploads(S3Client s3, String bucket, String root, Function<String, String> where) {
        this.s3 = s3;
        this.bucket = bucket;
        this.root = root;
        this.where = where;
    }

    @Override
    public long minPartSize() {
        return 5L << 20;
    }

    @Override
    public String begin(String key) {
        try {
            return s3.createMultipartUpload(b -> b.bucket(bucket).key(root + key)).uploadId();
        } catch (SdkException e) {
            throw S3Errors.map("starting a multipart upload to " + where.apply(key), e);
        }
    }

    @Override
    public StagedPart uploadPart(String key, String uploadId, int partNumber, byte[] data, int length, byte[] md5) {
        try {
            ContentStreamProvider body = () -> new ByteArrayInputStream(data, 0, length); // no copy, replayable on retry
            UploadPartResponse r = s3.uploadPart(b -> b.bucket(bucket).key(root + key).uploadId(uploadId)
                    .partNumber(partNumber).contentLength((long) length).contentMD5(Md5.base64(md5)),
                    RequestBody.fromContentProvider(body, length, "application/octet-stream"));
            String etag = Md5.unquote(r.eTag());
            if (!Md5.hex(md5).equalsIgnoreCase(etag))
                throw new StoreException(Kind.CHECKSUM_MISMATCH, where.apply(key) + " part " + partNumber + ": ETag " + etag
                        + " is not the MD5 " + Md5.hex(md5) + " of the bytes sent");
            return new StagedPart(partNumber, etag.toLowerCase(), length);
        } catch (SdkException e) {
            throw S3Errors.map("uploading part " + partNumber + " of " + where.apply(key), e);
        }
    }

    @Override
    public List<StagedPart> listParts(String key, String uploadId) {
        List<StagedPart> parts = new ArrayList<>();
        Integer marker = null;
        try {
            while (true) {
                Integer m = marker;
                ListPartsResponse r = s3.listParts(b -> b.bucket(bucket).key(root + key).uploadId(uploadId)
                        .partNumberMarker(m));
                for (Part p : r.parts()) parts.add(new StagedPart(p.partNumber(), Md5.unquote(p.eTag()).toLowerCase(), p.size()));
                if (!Boolean.TRUE.equals(r.isTruncated())) return parts;
                marker = r.nextPartNumberMarker();
            }
        } catch (NoSuchUploadException e) {
            return List.of();
        } catch (S3Exception e) {
            if (e.statusCode() == 404) return List.of();
            throw S3Errors.map("listing parts of " + where.apply(key), e);
        } catch (SdkException e) {
            throw S3Errors.map("listing parts of " + where.apply(key), e);
        }
    }

    @Override
    public ObjectInfo complete(String key, String uploadId, List<StagedPart> parts, byte[] wholeMd5) {
        List<CompletedPart> completed = parts.stream()
                .map(p -> CompletedPart.builder().partNumber(p.partNumber()).eTag("\"" + p.tag() + "\"").build()).toList();
        try {
            CompleteMultipartUploadResponse r = s3.completeMultipartUpload(b -> b.bucket(bucket).key(root + key)
                    .uploadId(uploadId).multipartUpload(u -> u.parts(completed)));
            String expected = Md5.multipartEtag(parts.stream().map(p -> Md5.fromHex(p.tag())).toList());
            String etag = Md5.unquote(r.eTag());
            if (etag != null && !expected.equalsIgnoreCase(etag))
                throw new StoreException(Kind.CHECKSUM_MISMATCH, where.apply(key) + ": multipart ETag " + etag
                        + " is not the expected " + expected);
            long size = parts.stream().mapToLong(StagedPart::size).sum();
            return ObjectInfo.object(key, size, null, etag, null);
        } catch (SdkException e) {
            throw S3Errors.map("completing the multipart upload of " + where.apply(key), e);
        }
    }

    @Override
    public void abort(String key, String uploadId) {
        try {
            s3.abortMultipartUpload(b -> b.bucket(bucket).key(root + key).uploadId(uploadId));
        } catch (NoSuchUploadException e) {
            // already gone: that is the state we want
        } catch (S3Exception e) {
            if (e.statusCode() != 404) throw S3Errors.map("aborting the multipart upload of " + where.apply(key), e);
        } catch (SdkException e) {
            throw S3Errors.map("aborting the multipart upload of " + where.apply(key), e);
        }
    }

    @Override
    public List<PendingUpload> listPending(String prefix) {
        List<PendingUpload> pending = new ArrayList<>();
        String keyMarker = null;
        String idMarker = null;
        try {
            while (true) {
                String km = keyMarker;
                String im = idMarker;
                ListMultipartUploadsResponse r = s3.listMultipartUploads(b -> b.bucket(bucket).prefix(root + prefix)
                        .keyMarker(km).uploadIdMarker(im));
                for (MultipartUpload u : r.uploads()) {
                    String k = u.key().startsWith(root) ? u.key().substring(root.length()) : u.key();
                    pending.add(new PendingUpload(k, u.uploadId(), u.initiated()));
                }
                if (!Boolean.TRUE.equals(r.isTruncated())) return pending;
                keyMarker = r.nextKeyMarker();
                idMarker = r.nextUploadIdMarker();
            }
        } catch (SdkException e) {
            throw S3Errors.map("listing multipart uploads under " + where.apply(prefix), e);
        }
    }
}
