package dev.playlens.storage.azure;

import com.azure.storage.blob.BlobServiceClient;
import com.azure.storage.blob.BlobServiceClientBuilder;
import com.azure.storage.common.policy.RequestRetryOptions;
import com.azure.storage.common.policy.RetryPolicyType;
import dev.playlens.storage.StoreException;
import dev.playlens.storage.StoreException.Kind;
import dev.playlens.storage.StoreLocation;
import dev.playlens.storage.StoreSettings;

import java.time.Duration;

/**
 * The Blob service client for the settings: a SAS URL, else a connection string, else the Azure identity chain
 * for a named account (at its public-cloud endpoint unless another is given).
 */
final class AzureServiceClients {
    private AzureServiceClients() {
    }

    static BlobServiceClient build(StoreLocation location, StoreSettings settings, Duration signInTimeLimit) {
        BlobServiceClientBuilder builder = new BlobServiceClientBuilder()
                .retryOptions(new RequestRetryOptions(RetryPolicyType.EXPONENTIAL, settings.retries() + 1,
                        Duration.ofSeconds(120), settings.retryBaseDelay(), Duration.ofSeconds(8), null));
        if (settings.azureSasUrl() != null) {
            builder.endpoint(settings.azureSasUrl());
        } else if (settings.azureConnectionString() != null) {
            builder.connectionString(settings.azureConnectionString());
        } else if (settings.azureAccount() != null) {
            String endpoint = settings.azureBlobEndpoint() != null ? settings.azureBlobEndpoint()
                    : "https://" + settings.azureAccount() + ".blob.core.windows.net";
            // the SDK refuses to send a bearer token over plain http
            if (!endpoint.regionMatches(true, 0, "https://", 0, 8))
                throw new StoreException(Kind.BAD_CREDENTIALS, location.toUri() + ": AZURE_STORAGE_BLOB_ENDPOINT " + endpoint
                        + " must be an https:// URL to sign in with the Azure identity chain; for an http emulator set "
                        + "AZURE_STORAGE_CONNECTION_STRING instead");
            builder.endpoint(endpoint).credential(AzureIdentityChain.forAccount(settings.azureAccount(), signInTimeLimit));
        } else {
            throw new StoreException(Kind.BAD_CREDENTIALS, location.toUri() + ": no Azure credentials; set "
                    + "AZURE_STORAGE_CONNECTION_STRING, AZURE_STORAGE_SAS_URL, or AZURE_STORAGE_ACCOUNT to sign in through "
                    + "the Azure identity chain ('az login', a service principal or a managed identity)");
        }
        return builder.buildClient();
    }
}
