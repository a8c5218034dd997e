package dev.playlens.storage.s3;

import dev.playlens.storage.ByteRange;
import dev.playlens.storage.ListPage;
import dev.playlens.storage.ListRequest;
import dev.playlens.storage.Md5;
import dev.playlens.storage.ObjectInfo;
import dev.playlens.storage.ObjectStore;
import dev.playlens.storage.StagedUploads;
import dev.playlens.storage.StoreException;
import dev.playlens.storage.StoreException.Kind;
import dev.playlens.storage.StoreLocation;
import dev.playlens.storage.StoreSettings;
import dev.playlens.storage.transfer.StagedWriter;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.CommonPrefix;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** An S3 bucket (+ prefix) through the plain AWS SDK v2 client; multipart uploads via {@link S3MultipartUploads}. */
public final class S3ObjectStore implements ObjectStore {
    /** Objects up to this size are one PutObject; larger ones go through multipart so a failure leaves nothing visible. */
    static final long SINGLE_PUT_LIMIT = 64L << 20;

    private final S3Client s3;
    private final String bucket;
    private final String root;
    private final S3MultipartUploads multipart;
    private volatile boolean bucketSeen;

    S3ObjectStore(S3Client s3, String bucket, String root) {
        this.s3 = s3;
        this.bucket = bucket;
        this.root = root;
        this.multipart = new S3MultipartUploads(s3, bucket, root, this::where);
    }

    public static S3ObjectStore open(StoreLocation location, StoreSettings settings) {
        return new S3ObjectStore(client(settings), location.container(), location.prefix());
    }

    static S3Client client(StoreSettings settings) {
        AwsCredentialsProvider credentials;
        if (settings.awsAccessKey() != null) {
            credentials = StaticCredentialsProvider.create(AwsBasicCredentials.create(settings.awsAccessKey(), settings.awsSecretKey()));
        } else if (settings.awsProfile() != null) {
            credentials = ProfileCredentialsProvider.create(settings.awsProfile());
        } else {
            credentials = DefaultCredentialsProvider.builder().build();
        }
        S3ClientBuilder builder = S3Client.builder()
                .region(Region.of(settings.regionOrDefault()))
                .credentialsProvider(credentials)
                // we send and check Content-MD5 ourselves; S3-compatible servers may not speak the newer CRC trailers
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .httpClientBuilder(Apache5HttpClient.builder().maxConnections(64)
                        .connectionTimeout(Duration.ofSeconds(5)).socketTimeout(Duration.ofSeconds(60)))
                .overrideConfiguration(c -> c.retryStrategy(AwsRetryStrategy.standardRetryStrategy().toBuilder()
                        .maxAttempts(settings.retries() + 1)
                        .circuitBreakerEnabled(false)
                        .backoffStrategy(BackoffStrategy.exponentialDelay(settings.retryBaseDelay(), Duration.ofSeconds(8)))
                        .build()));
        if (settings.s3Endpoint() != null) {
            builder.endpointOverride(settings.s3Endpoint()).forcePathStyle(true);
        }
        return builder.build();
    }

    @Override
    public URI uri() {
        return URI.create("s3://" + bucket + "/" + root);
    }

    String where(String key) {
        return "s3://" + bucket + "/" + root + (key == null ? "" : key);
    }

    @Override
    public ListPage list(ListRequest request) {
        try {
            ListObjectsV2Response r = s3.listObjectsV2(b -> b.bucket(bucket).prefix(root + request.prefix())
                    .delimiter(request.delimiter()).maxKeys(request.pageSize()).continuationToken(request.pageToken()));
            List<ObjectInfo> entries = new ArrayList<>();
            for (CommonPrefix p : r.commonPrefixes()) entries.add(ObjectInfo.prefix(relative(p.prefix())));
            for (S3Object o : r.contents()) {
                String etag = Md5.unquote(o.eTag());
                entries.add(ObjectInfo.object(relative(o.key()), o.size(), o.lastModified(), etag, md5FromEtag(etag)));
            }
            entries.sort((a, b) -> a.key().compareTo(b.key()));
            return new ListPage(entries, Boolean.TRUE.equals(r.isTruncated()) ? r.nextContinuationToken() : null);
        } catch (SdkException e) {
            throw S3Errors.map("listing " + where(request.prefix()), e);
        }
    }

    @Override
    public Optional<ObjectInfo> stat(String key) {
        try {
            HeadObjectResponse h = s3.headObject(b -> b.bucket(bucket).key(root + key));
            String etag = Md5.unquote(h.eTag());
            return Optional.of(ObjectInfo.object(key, h.contentLength(), h.lastModified(), etag, md5FromEtag(etag)));
        } catch (S3Exception e) {
            if (e.statusCode() == 404 && !"NoSuchBucket".equals(errorCode(e))) {
                // HEAD responses carry no body, so a missing bucket looks like a missing key; tell them apart once
                if (bucketSeen || bucketExists()) return Optional.empty();
                throw new StoreException(Kind.NO_SUCH_CONTAINER, where(null) + ": the bucket does not exist "
                        + "(create it, or check the name and region)", e);
            }
            throw S3Errors.map("stat " + where(key), e);
        } catch (SdkException e) {
            throw S3Errors.map("stat " + where(key), e);
        }
    }

    private boolean bucketExists() {
        try {
            s3.headBucket(b -> b.bucket(bucket));
            bucketSeen = true;
            return true;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) return false;
            throw S3Errors.map("checking " + where(null), e);
        }
    }

    private static String errorCode(S3Exception e) {
        return e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode();
    }

    @Override
    public InputStream read(String key) {
        try {
            return s3.getObject(b -> b.bucket(bucket).key(root + key));
        } catch (SdkException e) {
            throw S3Errors.map("reading " + where(key), e);
        }
    }

    @Override
    public InputStream read(String key, ByteRange range) {
        if (range.length() == 0) return new ByteArrayInputStream(new byte[0]);
        try {
            return s3.getObject(b -> b.bucket(bucket).key(root + key).range("bytes=" + range.offset() + "-" + range.endInclusive()));
        } catch (SdkException e) {
            throw S3Errors.map("reading " + where(key) + " range " + range, e);
        }
    }

    @Override
    public ObjectInfo write(String key, InputStream data, long size, byte[] md5) {
        if (size > SINGLE_PUT_LIMIT) return StagedWriter.write(multipart, key, data, size, 16L << 20, md5);
        try {
            PutObjectResponse r = s3.putObject(b -> b.bucket(bucket).key(root + key).contentLength(size)
                    .contentMD5(Md5.base64(md5)), RequestBody.fromInputStream(data, size));
            String etag = Md5.unquote(r.eTag());
            if (md5 != null && !Md5.hex(md5).equalsIgnoreCase(etag))
                throw new StoreException(Kind.CHECKSUM_MISMATCH, where(key) + ": stored ETag " + etag + " is not the MD5 "
                        + Md5.hex(md5) + " of the bytes sent");
            return ObjectInfo.object(key, size, null, etag, md5FromEtag(etag));
        } catch (SdkException e) {
            throw S3Errors.map("writing " + where(key), e);
        }
    }

    @Override
    public void delete(String key) {
        try {
            s3.deleteObject(b -> b.bucket(bucket).key(root + key));
        } catch (SdkException e) {
            throw S3Errors.map("deleting " + where(key), e);
        }
    }

    @Override
    public Optional<StagedUploads> staged() {
        return Optional.of(multipart);
    }

    private String relative(String fullKey) {
        return fullKey.startsWith(root) ? fullKey.substring(root.length()) : fullKey;
    }

    /** A single-part upload's ETag is the MD5 of its bytes; a multipart one ("…-N") is not. */
    static String md5FromEtag(String etag) {
        return etag != null && etag.matches("[0-9a-fA-F]{32}") ? etag.toLowerCase() : null;
    }

    @Override
    public void close() {
        s3.close();
    }

    @Override
    public String toString() {
        return "S3ObjectStore[" + where(null) + "]";
    }
}
