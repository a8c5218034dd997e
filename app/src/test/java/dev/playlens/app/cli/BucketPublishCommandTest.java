package dev.playlens.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.playlens.storage.ListRequest;
import dev.playlens.storage.ObjectInfo;
import dev.playlens.storage.ObjectStore;
import dev.playlens.storage.ObjectStores;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code playlens publish --to s3://… --to azure://…}: the Telco churn model's files in S3Proxy and Azurite. */
@ExtendWith(RealServers.class)
class BucketPublishCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CSV = "predictions/churn/1/predictions.csv";
    private static final String PARQUET = "predictions/churn/1/predictions.parquet";
    @TempDir
    static Path dir;
    private static final Map<String, String> env = new HashMap<>();
    private static Path registry;
    private static String bucket;
    private static String container;

    @BeforeAll
    static void serversAndModel(S3Server s3, AzuriteServer azurite) throws Exception {
        env.put("AWS_ENDPOINT_URL", s3.endpoint().toString());
        env.put("AWS_REGION", s3.region());
        env.put("AWS_ACCESS_KEY_ID", s3.accessKey());
        env.put("AWS_SECRET_ACCESS_KEY", s3.secretKey());
        env.put("AZURE_STORAGE_CONNECTION_STRING", azurite.connectionString());
        String unique = "clipub" + ProcessHandle.current().pid();
        bucket = unique + "-s3";
        container = unique + "-blob";
        s3.createBucket(bucket);
        azurite.createContainer(container);
        registry = dir.resolve("models");
        TelcoModels.train(registry);
    }

    private static CliRunner.Run publish(String... targets) {
        List<String> args = new ArrayList<>(List.of("publish", "--model", "churn", "--data", TelcoModels.CSV.toString(),
                "--id", TelcoModels.ID, "--registry", registry.toString()));
        for (String t : targets) args.addAll(List.of("--to", t));
        args.add("--json");
        return CliRunner.runWith(env, args.toArray(String[]::new));
    }

    @Test
    void everyUserLandsInBothBucketsAndARerunKeepsTheSameFiles() throws Exception {
        String s3 = "s3://" + bucket + "/scores/nightly";
        String blob = "azure://" + container + "/scores";
        CliRunner.Run first = publish(s3, blob);
        assertThat(first.exitCode()).as(first.err()).isZero();
        JsonNode r = JSON.readTree(first.out());
        assertThat(r.get("rows").asLong()).isEqualTo(TelcoModels.USERS);
        assertThat(r.get("targets")).hasSize(2).allSatisfy(t -> assertThat(t.get("written").asLong()).isEqualTo(TelcoModels.USERS));
        assertThat(r.get("targets").get(0).get("to").asText()).isEqualTo(s3);
        assertThat(r.get("targets").get(1).get("to").asText()).isEqualTo(blob);

        Map<String, String> before = new HashMap<>();
        for (String to : List.of(s3, blob)) {
            try (ObjectStore store = ObjectStores.open(to, StoreSettings.fromEnvironment(env))) {
                assertThat(keys(store)).as(to).containsExactly(CSV, PARQUET);
                String csv = text(store, CSV);
                assertThat(csv.lines().count()).as(to).isEqualTo(TelcoModels.USERS + 1);
                assertThat(parquetRows(store)).as(to).isEqualTo(TelcoModels.USERS);
                before.put(to, withoutScoredAt(csv));
            }
        }

        CliRunner.Run again = publish(s3, blob);
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(JSON.readTree(again.out())).isEqualTo(r);
        for (String to : List.of(s3, blob)) {
            try (ObjectStore store = ObjectStores.open(to, StoreSettings.fromEnvironment(env))) {
                assertThat(keys(store)).as(to).containsExactly(CSV, PARQUET);
                assertThat(withoutScoredAt(text(store, CSV))).as(to).isEqualTo(before.get(to));
            }
        }
    }

    @Test
    void aMissingBucketOrContainerFailsBeforeScoringWithALineNamingIt() {
        String s3 = "s3://" + bucket + "-gone/scores";
        CliRunner.Run noBucket = publish(s3);
        assertThat(noBucket.exitCode()).isEqualTo(1);
        assertThat(lastLine(noBucket.err())).startsWith("playlens publish: ").contains(s3 + "/")
                .contains("bucket does not exist");

        String blob = "azure://" + container + "-gone/scores";
        CliRunner.Run noContainer = publish(blob);
        assertThat(noContainer.exitCode()).isEqualTo(1);
        assertThat(lastLine(noContainer.err())).startsWith("playlens publish: ").contains(blob + "/")
                .contains("container does not exist");

        CliRunner.Run noName = publish("s3:///scores");
        assertThat(noName.exitCode()).isEqualTo(2);
        assertThat(noName.err()).contains("--to s3:///scores").contains("no bucket/container");
    }

    /** The error line (progress lines come before it). */
    private static String lastLine(String err) {
        return err.strip().lines().reduce((a, b) -> b).orElse("");
    }

    private static List<String> keys(ObjectStore store) {
        return store.list(ListRequest.recursive("")).entries().stream().map(ObjectInfo::key).sorted().toList();
    }

    private static String text(ObjectStore store, String key) throws Exception {
        try (InputStream in = store.read(key)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Rows of the downloaded Parquet file, read by DuckDB. */
    private static long parquetRows(ObjectStore store) throws Exception {
        Path copy = Files.createTempFile(dir, "downloaded-", ".parquet");
        try (InputStream in = store.read(PARQUET)) {
            Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
        }
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(DISTINCT user_id) FROM read_parquet('" + copy + "')")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String withoutScoredAt(String csv) {
        return csv.replaceAll(",[^,\\n]*\\n", "\n");
    }
}
