package dev.playlens.storage.azure;

import com.azure.core.credential.TokenCredential;
import com.azure.core.credential.TokenRequestContext;
import com.azure.identity.AzureCliCredentialBuilder;
import com.azure.identity.ChainedTokenCredentialBuilder;
import com.azure.identity.EnvironmentCredentialBuilder;
import com.azure.storage.blob.BlobServiceClientBuilder;
import dev.playlens.storage.ListRequest;
import dev.playlens.storage.ObjectStore;
import dev.playlens.storage.ObjectStores;
import dev.playlens.storage.StoreException;
import dev.playlens.storage.StoreException.Kind;
import dev.playlens.storage.StoreLocation;
import dev.playlens.storage.StoreSettings;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Signing in to a storage account through the Azure identity chain, on a machine that has no Azure sign-in. */
class AzureIdentityChainTest {
    private static final StoreSettings FAST = StoreSettings.DEFAULTS.withRetries(0, Duration.ofMillis(50));

    @Test
    void environmentNamesTheAccountAndEndpoint() {
        StoreSettings s = StoreSettings.fromEnvironment(Map.of("AZURE_STORAGE_ACCOUNT", " gamelogs ",
                "AZURE_STORAGE_BLOB_ENDPOINT", "https://gamelogs.blob.core.chinacloudapi.cn"));
        assertThat(s.azureAccount()).isEqualTo("gamelogs");
        assertThat(s.azureBlobEndpoint()).isEqualTo("https://gamelogs.blob.core.chinacloudapi.cn");
        assertThat(s.azureConnectionString()).isNull();
        assertThat(StoreSettings.fromEnvironment(Map.of()).azureAccount()).isNull();
    }

    @Test
    void withoutAnySignInTheErrorSaysWhatToSetAndComesQuickly() {
        assumeTrue(System.getenv("AZURE_CLIENT_ID") == null && System.getenv("IDENTITY_ENDPOINT") == null,
                "this machine has an Azure identity configured");
        Duration limit = Duration.ofSeconds(8);
        long t0 = System.nanoTime();
        try (ObjectStore store = AzureBlobObjectStore.open(StoreLocation.parse("azure://gamelogs/events"),
                FAST.withAzureAccount("playlensnoaccount", null), limit)) {
            assertThat(store.uri().toString()).isEqualTo("azure://gamelogs/events/");
            // which step gives up first depends on the machine (no metadata endpoint, or a proxy refusing it)
            assertThatThrownBy(() -> store.list(ListRequest.recursive("")))
                    .isInstanceOfSatisfying(StoreException.class, e -> assertTellsWhatToSet(e, "listing azure://gamelogs/events/: "));
        }
        // neither a probe that hangs (no network) nor the SDK's retries may hold it much past the limit
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(limit.plusSeconds(5));
    }

    @Test
    void whenNoStepOfTheChainHasACredentialTheErrorSaysSo() {
        assumeTrue(System.getenv("AZURE_CLIENT_ID") == null, "this machine has an Azure service principal configured");
        TokenCredential nothing = new ChainedTokenCredentialBuilder().addLast(new EnvironmentCredentialBuilder().build())
                .addLast(new AzureCliCredentialBuilder().processTimeout(Duration.ofSeconds(5)).build()).build();
        var service = new BlobServiceClientBuilder().endpoint("https://playlensnoaccount.blob.core.windows.net")
                .credential(new AzureIdentityChain(nothing, "playlensnoaccount", Duration.ofSeconds(10))).buildClient();
        try (ObjectStore store = new AzureBlobObjectStore(service.getBlobContainerClient("gamelogs"), "events/")) {
            assertThatThrownBy(() -> store.write("a.json", new ByteArrayInputStream(new byte[3]), 3, null))
                    .isInstanceOfSatisfying(StoreException.class, e -> {
                        assertTellsWhatToSet(e, "writing azure://gamelogs/events/a.json: ");
                        assertThat(e.getMessage()).contains(": no Azure sign-in found for storage account 'playlensnoaccount'; run 'az login'");
                    });
        }
    }

    private static void assertTellsWhatToSet(StoreException e, String where) {
        assertThat(e.kind()).as(e.getMessage()).isEqualTo(Kind.BAD_CREDENTIALS);
        assertThat(e.getMessage()).doesNotContain("\n").startsWith(where)
                .containsPattern("(no Azure sign-in found for|Azure sign-in for) storage account 'playlensnoaccount'")
                .contains("az login", "AZURE_CLIENT_ID", "AZURE_CLIENT_SECRET", "AZURE_TENANT_ID", "managed identity");
    }

    @Test
    void aChainThatNeverAnswersStopsAtTheTimeLimit() {
        AzureIdentityChain chain = new AzureIdentityChain(request -> Mono.never(), "gamelogs", Duration.ofMillis(300));
        assertThatThrownBy(() -> chain.getTokenSync(new TokenRequestContext().addScopes("https://storage.azure.com/.default")))
                .isInstanceOf(AzureIdentityChain.SignInException.class)
                .hasMessageStartingWith("no Azure sign-in found for storage account 'gamelogs' within 300 ms")
                .hasMessageContaining("az login");
    }

    @Test
    void aPlainHttpEndpointCannotCarryASignIn() {
        assertThatThrownBy(() -> AzureBlobObjectStore.open(StoreLocation.parse("azure://c/x"),
                FAST.withAzureAccount("devstoreaccount1", "http://127.0.0.1:10000/devstoreaccount1"), Duration.ofSeconds(1)))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.kind()).isEqualTo(Kind.BAD_CREDENTIALS))
                .hasMessageContaining("https://").hasMessageContaining("AZURE_STORAGE_CONNECTION_STRING");
    }

    @Test
    void withNoSettingsTheErrorNamesAllThreeWays() {
        assertThatThrownBy(() -> ObjectStores.open("azure://c/x", StoreSettings.DEFAULTS))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.kind()).isEqualTo(Kind.BAD_CREDENTIALS))
                .hasMessageContaining("AZURE_STORAGE_CONNECTION_STRING").hasMessageContaining("AZURE_STORAGE_SAS_URL")
                .hasMessageContaining("AZURE_STORAGE_ACCOUNT");
    }
}
