package dev.playlens.storage;

import dev.playlens.testsupport.AzuriteServer;
import dev.playlens.testsupport.S3Server;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/** Store settings for the harness's servers, and fresh bucket/container names. */
public final class Servers {
    private static final AtomicInteger SEQ = new AtomicInteger();

    private Servers() {
    }

    public static StoreSettings settings(S3Server s3, AzuriteServer az) {
        StoreSettings s = StoreSettings.DEFAULTS.withRetries(1, Duration.ofMillis(100));
        if (s3 != null) s = s.withS3(s3.endpoint(), s3.region(), s3.accessKey(), s3.secretKey());
        if (az != null) s = s.withAzureConnectionString(az.connectionString());
        return s;
    }

    public static String freshName(String stem) {
        return stem + "-" + ProcessHandle.current().pid() + "-" + SEQ.incrementAndGet();
    }

    public static ObjectStore newS3(S3Server s3, String stem) {
        String bucket = freshName(stem);
        s3.createBucket(bucket);
        return ObjectStores.open("s3://" + bucket + "/data", settings(s3, null));
    }

    public static ObjectStore newAzure(AzuriteServer az, String stem) {
        String container = freshName(stem);
        az.createContainer(container);
        return ObjectStores.open("azure://" + container + "/data", settings(null, az));
    }
}
