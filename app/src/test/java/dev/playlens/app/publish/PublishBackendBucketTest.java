package dev.playlens.app.publish;

import dev.playlens.app.workspace.Workspace;
import dev.playlens.core.job.JobContext;
import dev.playlens.publish.PublishResult;
import dev.playlens.testsupport.AzuriteServer;
import dev.playlens.testsupport.RealServers;
import dev.playlens.testsupport.S3Server;
import dev.playlens.warehouse.Credentials;
import dev.playlens.warehouse.Warehouse;
import dev.playlens.warehouse.Warehouses;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The Publish screen's backend with S3 (S3Proxy) and Azure Blob (Azurite) targets, credentials from the env map only. */
@ExtendWith(RealServers.class)
class PublishBackendBucketTest {
    @TempDir
    static Path dir;
    private static Workspace workspace;
    private static Warehouse warehouse;
    private static PublishBackend backend;
    private static Map<String, String> env;
    private static String s3;
    private static String blob;

    @BeforeAll
    static void open(S3Server s3Server, AzuriteServer azurite) throws Exception {
        String unique = "screen" + ProcessHandle.current().pid();
        s3Server.createBucket(unique + "-s3");
        azurite.createContainer(unique + "-blob");
        s3 = "s3://" + unique + "-s3/predictions-out";
        blob = "azure://" + unique + "-blob/out";
        env = Map.of("AWS_ENDPOINT_URL", s3Server.endpoint().toString(), "AWS_REGION", s3Server.region(),
                "AWS_ACCESS_KEY_ID", s3Server.accessKey(), "AWS_SECRET_ACCESS_KEY", s3Server.secretKey(),
                "AZURE_STORAGE_CONNECTION_STRING", azurite.connectionString());
        workspace = PublishModels.workspace(dir.resolve("ws"));
        warehouse = Warehouses.open(workspace.warehouseLocation(), Credentials.none());
        backend = new PublishBackend(warehouse, workspace.modelsDir(), workspace.historyDir().resolve("publishes.jsonl"),
                dir.resolve("scratch"), env, 2_000);
    }

    @AfterAll
    static void close() throws Exception {
        warehouse.close();
    }

    @Test
    void publishesToBothBucketsReadsTheirVersionsBackAndKeepsSecretsOutOfTheHistory() throws Exception {
        assertThat(backend.states("churn", List.of(s3, blob))).extracting(TargetState::note)
                .containsExactly("nothing published", "nothing published");

        PublishResult r = backend.publish(new PublishRequest("churn", 2, PublishSettings.DataKind.TABLE, PublishModels.TABLE,
                PublishModels.ID, List.of(s3, blob), Duration.ofHours(1))).run(JobContext.silent());
        assertThat(r.targets()).extracting(PublishResult.TargetResult::written)
                .containsExactly((long) PublishModels.USERS, (long) PublishModels.USERS);

        List<TargetState> states = backend.states("churn", List.of(s3, blob));
        assertThat(states).extracting(TargetState::current).containsExactly(2, 2);
        assertThat(states).extracting(TargetState::note).allSatisfy(note -> assertThat(note)
                .matches("latest files \\(2, [\\d,]+ KB, written \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC\\)"));
        assertThat(backend.states("segments", List.of(s3)).getFirst().current()).isNull();

        HistoryRow last = backend.history().getFirst();
        assertThat(last.status()).isEqualTo("ok");
        assertThat(last.targets()).isEqualTo(s3 + " (7043), " + blob + " (7043)");
        String history = Files.readString(workspace.historyDir().resolve("publishes.jsonl"));
        assertThat(history).doesNotContain(env.get("AWS_SECRET_ACCESS_KEY")).doesNotContain("AccountKey=");
    }

    @Test
    void aMissingContainerIsReportedInItsRowNotThrown() throws Exception {
        String missing = blob.replace("-blob/", "-nothere/");
        TargetState state = backend.states("churn", List.of(missing)).getFirst();
        assertThat(state.current()).isNull();
        assertThat(state.note()).startsWith("cannot read: ").contains("container does not exist");
    }
}
