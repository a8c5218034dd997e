package dev.playlens.storage.s3;

import dev.playlens.storage.StoreException;
import dev.playlens.storage.StoreException.Kind;
import software.amazon.awssdk.core.exception.AbortedException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** Turns AWS SDK exceptions into one-line {@link StoreException}s that name the store and what to do. */
final class S3Errors {
    private S3Errors() {
    }

    static StoreException map(String where, SdkException e) {
        if (e instanceof S3Exception s3) {
            String code = s3.awsErrorDetails() == null ? "" : String.valueOf(s3.awsErrorDetails().errorCode());
            int status = s3.statusCode();
            return switch (code) {
                case "NoSuchBucket" -> new StoreException(Kind.NO_SUCH_CONTAINER,
                        where + ": the bucket does not exist (create it, or check the name and region)", e);
                case "NoSuchKey" -> new StoreException(Kind.NOT_FOUND, where + ": no such object", e);
                case "InvalidAccessKeyId", "SignatureDoesNotMatch", "ExpiredToken", "InvalidToken" ->
                        new StoreException(Kind.BAD_CREDENTIALS, where + ": the AWS credentials were rejected (" + code
                                + "); check AWS_PROFILE / AWS_ACCESS_KEY_ID / aws sso login", e);
                case "AccessDenied", "AllAccessDisabled" -> new StoreException(Kind.ACCESS_DENIED,
                        where + ": access denied; the credentials lack permission for this bucket or key", e);
                case "BadDigest", "InvalidDigest" -> new StoreException(Kind.CHECKSUM_MISMATCH,
                        where + ": the store rejected the bytes' MD5 (" + code + "); data was corrupted in transit", e);
                default -> status >= 500 || status == 429 || "SlowDown".equals(code) || "RequestTimeout".equals(code)
                        ? new StoreException(Kind.TRANSIENT, where + ": S3 error " + status + " " + code + " (temporary)", e)
                        : status == 404 ? new StoreException(Kind.NOT_FOUND, where + ": not found (" + code + ")", e)
                        : status == 403 ? new StoreException(Kind.ACCESS_DENIED, where + ": forbidden (" + code
                        + "); check credentials and permissions", e)
                        : new StoreException(Kind.OTHER, where + ": S3 error " + status + " " + code + ": " + firstLine(e), e);
            };
        }
        if (e instanceof AbortedException) return new StoreException(Kind.OTHER, where + ": interrupted", e);
        if (e instanceof SdkClientException && String.valueOf(e.getMessage()).contains("Unable to load credentials"))
            return new StoreException(Kind.BAD_CREDENTIALS, where + ": no AWS credentials found; set AWS_PROFILE, "
                    + "run 'aws configure' / 'aws sso login', or set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY", e);
        // connection refused/reset, timeouts: the SDK already retried, the caller may retry the unit of work
        return new StoreException(Kind.TRANSIENT, where + ": cannot reach S3 (" + firstLine(e) + ")", e);
    }

    private static String firstLine(Throwable e) {
        String m = String.valueOf(e.getMessage());
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
