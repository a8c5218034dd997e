package dev.playlens.storage;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

/**
 * Connection settings the caller derives from its environment and passes in, so stores never read env themselves.
 * Null fields mean "use the SDK default" (AWS default credentials chain and region us-east-1).
 *
 * @param s3Endpoint       non-AWS S3 endpoint (S3Proxy, MinIO…); implies path-style addressing
 * @param awsRegion        region, default us-east-1
 * @param awsProfile       a named profile from ~/.aws/config, else the default provider chain
 * @param awsAccessKey     explicit keys (tests, CI); prefer the provider chain
 * @param azureConnectionString Blob connection string
 * @param azureSasUrl      a SAS URL for the container or account (alternative to a connection string)
 * @param azureAccount     a storage account to sign in to through the Azure identity chain when neither of the above is set
 * @param azureBlobEndpoint the account's Blob endpoint for other clouds or Azure Stack (https); default
 *                         {@code https://<azureAccount>.blob.core.windows.net}
 * @param retries          retries for transient failures on each request
 * @param retryBaseDelay   first back-off delay, doubled on each retry
 */
public record StoreSettings(URI s3Endpoint, String awsRegion, String awsProfile, String awsAccessKey, String awsSecretKey,
                            String azureConnectionString, String azureSasUrl, String azureAccount, String azureBlobEndpoint,
                            int retries, Duration retryBaseDelay) {

    public static final StoreSettings DEFAULTS = new StoreSettings(null, null, null, null, null, null, null, 4, Duration.ofMillis(250));

    /** Without an account for the Azure identity chain. */
    public StoreSettings(URI s3Endpoint, String awsRegion, String awsProfile, String awsAccessKey, String awsSecretKey,
                         String azureConnectionString, String azureSasUrl, int retries, Duration retryBaseDelay) {
        this(s3Endpoint, awsRegion, awsProfile, awsAccessKey, awsSecretKey, azureConnectionString, azureSasUrl, null, null,
                retries, retryBaseDelay);
    }

    /**
     * Reads AWS_ENDPOINT_URL, AWS_REGION, AWS_PROFILE, AWS_ACCESS_KEY_ID + AWS_SECRET_ACCESS_KEY,
     * AZURE_STORAGE_CONNECTION_STRING, AZURE_STORAGE_SAS_URL, AZURE_STORAGE_ACCOUNT and AZURE_STORAGE_BLOB_ENDPOINT.
     * Explicit keys are taken from this map (so an embedding process or a test can pass its own); without both,
     * or with an AWS_SESSION_TOKEN (temporary keys, which need it), the SDK's provider chain finds the credentials
     * (environment, profiles, SSO, instance roles).
     */
    public static StoreSettings fromEnvironment(Map<String, String> env) {
        String endpoint = blankToNull(env.get("AWS_ENDPOINT_URL_S3"));
        if (endpoint == null) endpoint = blankToNull(env.get("AWS_ENDPOINT_URL"));
        String key = blankToNull(env.get("AWS_ACCESS_KEY_ID"));
        String secret = blankToNull(env.get("AWS_SECRET_ACCESS_KEY"));
        boolean keys = key != null && secret != null && blankToNull(env.get("AWS_SESSION_TOKEN")) == null;
        return new StoreSettings(endpoint == null ? null : URI.create(endpoint),
                blankToNull(env.get("AWS_REGION")), blankToNull(env.get("AWS_PROFILE")), keys ? key : null, keys ? secret : null,
                blankToNull(env.get("AZURE_STORAGE_CONNECTION_STRING")), blankToNull(env.get("AZURE_STORAGE_SAS_URL")),
                blankToNull(env.get("AZURE_STORAGE_ACCOUNT")), blankToNull(env.get("AZURE_STORAGE_BLOB_ENDPOINT")),
                DEFAULTS.retries, DEFAULTS.retryBaseDelay);
    }

    public String regionOrDefault() {
        return awsRegion == null ? "us-east-1" : awsRegion;
    }

    public StoreSettings withS3(URI endpoint, String region, String accessKey, String secretKey) {
        return new StoreSettings(endpoint, region, awsProfile, accessKey, secretKey, azureConnectionString, azureSasUrl,
                azureAccount, azureBlobEndpoint, retries, retryBaseDelay);
    }

    public StoreSettings withAzureConnectionString(String connectionString) {
        return new StoreSettings(s3Endpoint, awsRegion, awsProfile, awsAccessKey, awsSecretKey, connectionString, azureSasUrl,
                azureAccount, azureBlobEndpoint, retries, retryBaseDelay);
    }

    public StoreSettings withAzureSasUrl(String sasUrl) {
        return new StoreSettings(s3Endpoint, awsRegion, awsProfile, awsAccessKey, awsSecretKey, azureConnectionString, sasUrl,
                azureAccount, azureBlobEndpoint, retries, retryBaseDelay);
    }

    /** Sign in to this account through the Azure identity chain; {@code blobEndpoint} null for the public cloud. */
    public StoreSettings withAzureAccount(String account, String blobEndpoint) {
        return new StoreSettings(s3Endpoint, awsRegion, awsProfile, awsAccessKey, awsSecretKey, azureConnectionString, azureSasUrl,
                account, blobEndpoint, retries, retryBaseDelay);
    }

    public StoreSettings withRetries(int count, Duration baseDelay) {
        return new StoreSettings(s3Endpoint, awsRegion, awsProfile, awsAccessKey, awsSecretKey, azureConnectionString,
                azureSasUrl, azureAccount, azureBlobEndpoint, count, baseDelay);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    @Override
    public String toString() { // never print secrets
        return "StoreSettings[s3Endpoint=" + s3Endpoint + ", region=" + awsRegion + ", profile=" + awsProfile
                + ", awsKeys=" + (awsAccessKey != null) + ", azureConnectionString=" + (azureConnectionString != null)
                + ", azureSas=" + (azureSasUrl != null) + ", azureAccount=" + azureAccount + ", azureBlobEndpoint=" + azureBlobEndpoint
                + ", retries=" + retries + "]";
    }
}
