package dev.playlens.publish;

import dev.playlens.core.job.JobCancelledException;
import dev.playlens.core.job.JobContext;
import dev.playlens.publish.batch.JdbcConnectors;
import dev.playlens.storage.ListRequest;
import dev.playlens.storage.ObjectInfo;
import dev.playlens.storage.ObjectStore;
import dev.playlens.storage.ObjectStores;
import dev.playlens.storage.StoreException;
import dev.playlens.storage.StoreSettings;
import dev.playlens.testsupport.AzuriteServer;
import dev.playlens.testsupport.RealServers;
import dev.playlens.testsupport.S3Server;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Prediction files published to an S3 prefix (S3Proxy) and an Azure Blob prefix (Azurite). */
@ExtendWith(RealServers.class)
class BucketPublishTest {
    private static final String CSV = "predictions/churn/1/predictions.csv";
    private static final String PARQUET = "predictions/churn/1/predictions.parquet";
    private static StoreSettings settings;
    private static String bucket;
    private static String container;
    private final TestModels models = TestModels.get();
    @TempDir
    Path dir;

    @BeforeAll
    static void servers(S3Server s3, AzuriteServer azurite) {
        settings = StoreSettings.DEFAULTS.withS3(s3.endpoint(), s3.region(), s3.accessKey(), s3.secretKey())
                .withAzureConnectionString(azurite.connectionString()).withRetries(1, Duration.ofMillis(50));
        String unique = "pub" + ProcessHandle.current().pid();
        bucket = unique + "-s3";
        container = unique + "-blob";
        s3.createBucket(bucket);
        azurite.createContainer(container);
    }

    private PublishResult publish(String to) throws Exception {
        PublishTargets targets = new PublishTargets(JdbcConnectors.fromEnvironment(Map.of()), dir.resolve("scratch"), settings);
        return new Publisher(Optional.of(new PublishHistory(dir.resolve("publishes.jsonl"))))
                .publish(models.load("churn:1"), models.telco, TestModels.ID, "telco.csv", List.of(targets.parse(to, null)),
                        JobContext.silent());
    }

    @Test
    void s3PrefixGetsBothFilesWholeAndARepublishKeepsTheSameSet() throws Exception {
        assertFilesLandWhole("s3://" + bucket + "/scores/daily");
    }

    @Test
    void blobPrefixGetsBothFilesWholeAndARepublishKeepsTheSameSet() throws Exception {
        assertFilesLandWhole("azure://" + container + "/scores");
    }

    private void assertFilesLandWhole(String to) throws Exception {
        PublishResult first = publish(to);
        assertThat(first.targets()).containsExactly(new PublishResult.TargetResult(to, 7043));
        try (ObjectStore store = ObjectStores.open(to, settings)) {
            List<ObjectInfo> objects = listAll(store);
            assertThat(objects).extracting(ObjectInfo::key).containsExactly(CSV, PARQUET);
            List<String> lines = text(store, CSV).lines().toList();
            assertThat(lines).hasSize(7044);
            assertThat(lines.getFirst()).isEqualTo("model,version,user_id,score,label,cluster,scored_at");
            assertThat(objects.getFirst().size()).isEqualTo(text(store, CSV).getBytes(StandardCharsets.UTF_8).length);
            assertParquetHolds(store, lines);

            PublishResult again = publish(to);
            assertThat(again).isEqualTo(first);
            assertThat(listAll(store)).extracting(ObjectInfo::key).containsExactly(CSV, PARQUET);
            // the same rows under the same keys; only scored_at records the newer publish
            assertThat(withoutScoredAt(text(store, CSV))).isEqualTo(withoutScoredAt(String.join("\n", lines) + "\n"));
        }
        try (var scratch = Files.list(dir.resolve("scratch"))) {
            assertThat(scratch).as("scratch files are removed").isEmpty();
        }
    }

    private void assertParquetHolds(ObjectStore store, List<String> csvLines) throws Exception {
        Path copy = dir.resolve("downloaded.parquet");
        try (InputStream in = store.read(PARQUET)) {
            Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
        }
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*), count(DISTINCT user_id), min(version), max(version), "
                     + "count(*) FILTER (WHERE label = 1) FROM read_parquet('" + copy + "')")) {
            rs.next();
            assertThat(rs.getLong(1)).isEqualTo(7043);
            assertThat(rs.getLong(2)).isEqualTo(7043);
            assertThat(rs.getInt(3)).isEqualTo(1);
            assertThat(rs.getInt(4)).isEqualTo(1);
            assertThat(rs.getLong(5)).isEqualTo(csvLines.stream().skip(1).filter(l -> l.split(",")[4].equals("1")).count());
        }
    }

    @Test
    void aPublishCancelledAfterScoringLeavesThePreviousFilesInPlace() throws Exception {
        String to = "s3://" + bucket + "/cancelled";
        publish(to);
        Map<String, String> before = new HashMap<>();
        try (ObjectStore store = ObjectStores.open(to, settings)) {
            for (ObjectInfo o : listAll(store)) before.put(o.key(), o.etag());
        }
        // cancel once every user is scored and sent, just before the commit
        AtomicBoolean cancelled = new AtomicBoolean();
        JobContext cancelAtTheEnd = new JobContext() {
            @Override
            public void progress(long done, long total, String message) {
                if (done == total) cancelled.set(true);
            }

            @Override
            public boolean isCancelled() {
                return cancelled.get();
            }
        };
        PublishTargets targets = new PublishTargets(JdbcConnectors.fromEnvironment(Map.of()), dir.resolve("scratch"), settings);
        assertThatThrownBy(() -> new Publisher(Optional.empty()).publish(models.load("churn:2"), models.telco, TestModels.ID,
                "telco.csv", List.of(targets.parse(to, null)), cancelAtTheEnd))
                .isInstanceOf(JobCancelledException.class);
        try (ObjectStore store = ObjectStores.open(to, settings)) {
            Map<String, String> after = new HashMap<>();
            for (ObjectInfo o : listAll(store)) after.put(o.key(), o.etag());
            assertThat(after).isEqualTo(before).containsOnlyKeys(CSV, PARQUET);
        }
        try (var scratch = Files.list(dir.resolve("scratch"))) {
            assertThat(scratch).isEmpty();
        }
    }

    @Test
    void aMissingBucketOrContainerFailsBeforeScoringAndNamesTheUri() {
        String s3 = "s3://" + bucket + "-missing/scores";
        assertThatThrownBy(() -> publish(s3)).isInstanceOf(StoreException.class)
                .hasMessageContaining("s3://" + bucket + "-missing/scores/").hasMessageContaining("bucket does not exist");
        String blob = "azure://" + container + "-missing/scores";
        assertThatThrownBy(() -> publish(blob)).isInstanceOf(StoreException.class)
                .hasMessageContaining("azure://" + container + "-missing/scores/").hasMessageContaining("container does not exist");
    }

    private static List<ObjectInfo> listAll(ObjectStore store) {
        List<ObjectInfo> out = new ArrayList<>(store.list(ListRequest.recursive("")).entries());
        out.sort((a, b) -> a.key().compareTo(b.key()));
        return out;
    }

    private static String text(ObjectStore store, String key) throws Exception {
        try (InputStream in = store.read(key)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String withoutScoredAt(String csv) {
        return csv.replaceAll(",[^,\\n]*\\n", "\n");
    }
}
