package dev.playlens.app.cli;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** A storage account without any Azure sign-in on the machine: one line saying what to set, and no SDK log noise. */
class AzureSignInCliTest {

    @Test
    void anAccountWithoutSignInFailsOnOneLineNamingItAndWhatToSet() {
        assumeTrue(System.getenv("AZURE_CLIENT_ID") == null && System.getenv("IDENTITY_ENDPOINT") == null,
                "this machine has an Azure identity configured");
        PrintStream stderr = System.err;
        ByteArrayOutputStream logged = new ByteArrayOutputStream();
        CliRunner.Run run;
        try {
            System.setErr(new PrintStream(logged, true, StandardCharsets.UTF_8));
            run = CliRunner.runWith(Map.of("AZURE_STORAGE_ACCOUNT", "playlensnoaccount"),
                    "ingest", "--warehouse", "duckdb:", "--from", "azure://gamelogs/events");
        } finally {
            System.setErr(stderr);
        }
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.err()).contains("azure://gamelogs/events", "storage account 'playlensnoaccount'", "az login",
                "AZURE_CLIENT_ID", "managed identity");
        assertThat(logged.toString(StandardCharsets.UTF_8)).doesNotContain("AccessTokenCache", "RequestRetryPolicy", "ManagedIdentityApplication");
    }
}
