package dev.playlens.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.azure.core.util.BinaryData;
import com.azure.storage.blob.BlobContainerClient;
import com.azure.storage.blob.BlobServiceClient;
import com.azure.storage.blob.BlobServiceClientBuilder;
import com.azure.storage.blob.BlobServiceVersion;
import com.azure.storage.blob.models.BlobItem;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RealServers.class)
class AzuriteServerTest {

    private static BlobServiceClient client(AzuriteServer azurite) {
        return new BlobServiceClientBuilder()
                .connectionString(azurite.connectionString())
                .serviceVersion(BlobServiceVersion.V2025_11_05)
                .buildClient();
    }

    @Test
    void endpointAndConnectionStringPointAtTheLocalServer(AzuriteServer azurite) {
        assertThat(azurite.blobEndpoint()).isEqualTo("http://127.0.0.1:" + azurite.port() + "/devstoreaccount1");
        assertThat(azurite.connectionString()).contains("AccountName=devstoreaccount1", "BlobEndpoint=" + azurite.blobEndpoint());
    }

    @Test
    void uploadsAndDownloadsABlobWithTheAzureSdk(AzuriteServer azurite) {
        azurite.createContainer("telemetry");
        azurite.createContainer("telemetry"); // idempotent
        BlobContainerClient container = client(azurite).getBlobContainerClient("telemetry");
        String body = "{\"event\":\"purchase\"}\n".repeat(500);
        container.getBlobClient("raw/2024/01/events.jsonl").upload(BinaryData.fromString(body), true);

        assertThat(container.getBlobClient("raw/2024/01/events.jsonl").downloadContent().toString()).isEqualTo(body);
        assertThat(container.listBlobs().stream().map(BlobItem::getName)).containsExactly("raw/2024/01/events.jsonl");
    }

    @Test
    void stopMakesCallsFailAndStartBringsBackTheSameData(AzuriteServer azurite) {
        azurite.createContainer("durable");
        client(azurite).getBlobContainerClient("durable").getBlobClient("k").upload(BinaryData.fromString("kept"), true);
        int port = azurite.port();

        azurite.stop();
        assertThat(FreePorts.accepts(port)).isFalse();
        BlobServiceClient impatient = new BlobServiceClientBuilder().connectionString(azurite.connectionString())
                .serviceVersion(BlobServiceVersion.V2025_11_05)
                .retryOptions(new com.azure.storage.common.policy.RequestRetryOptions(
                        null, 1, Duration.ofSeconds(2), null, null, null))
                .buildClient();
        assertThatThrownBy(() -> impatient.getBlobContainerClient("durable").getBlobClient("k").downloadContent())
                .isInstanceOf(RuntimeException.class);

        azurite.start();
        assertThat(azurite.port()).isEqualTo(port);
        assertThat(client(azurite).getBlobContainerClient("durable").getBlobClient("k").downloadContent().toString())
                .isEqualTo("kept");
    }

    @Test
    void rejectsInvalidContainerNames(AzuriteServer azurite) {
        assertThatThrownBy(() -> azurite.createContainer("UPPER")).isInstanceOf(IllegalArgumentException.class);
    }
}
