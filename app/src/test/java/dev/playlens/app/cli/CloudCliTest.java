package dev.playlens.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.playlens.storage.ObjectStore;
import dev.playlens.storage.ObjectStores;
import dev.playlens.storage.StoreSettings;
import dev.playlens.testsupport.AzuriteServer;
import dev.playlens.testsupport.RealData;
import dev.playlens.testsupport.RealServers;
import dev.playlens.testsupport.S3Server;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** ingest from S3 and Azure Blob, transfer S3 → Blob and abandoned uploads, against S3Proxy and Azurite. */
@ExtendWith(RealServers.class)
class CloudCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SAMPLE = RealData.file("aws-pipeline/heatmap-sample-data.txt");
    private static final long SAMPLE_EVENTS = 642;

    @TempDir
    static Path dir;
    private static final Map<String, String> env = new HashMap<>();
    private static StoreSettings settings;
    private static byte[] gzippedSample;
    private static String bucket;
    private static String container;

    @BeforeAll
    static void servers(S3Server s3, AzuriteServer azurite) throws Exception {
        env.put("AWS_ENDPOINT_URL", s3.endpoint().toString());
        env.put("AWS_REGION", s3.region());
        env.put("AWS_ACCESS_KEY_ID", s3.accessKey());
        env.put("AWS_SECRET_ACCESS_KEY", s3.secretKey());
        env.put("AZURE_STORAGE_CONNECTION_STRING", azurite.connectionString());
        env.put("PLAYLENS_DATA_DIR", dir.resolve("data").toString());
        settings = StoreSettings.fromEnvironment(env);
        String unique = "cli" + ProcessHandle.current().pid();
        bucket = unique + "-s3";
        container = unique + "-blob";
        s3.createBucket(bucket);
        azurite.createContainer(container);
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(Files.readAllBytes(SAMPLE));
        }
        gzippedSample = gz.toByteArray();
    }

    @Test
    void ingestFromS3LoadsTheSampleOnceAndARerunInsertsNothing() throws Exception {
        put("s3://" + bucket + "/ingest/events/2024/01/01/", "sample.json.gz", gzippedSample);
        put("s3://" + bucket + "/ingest/events/2024/01/01/", "README.txt", "not telemetry".getBytes());
        assertIngestedOnce("s3://" + bucket + "/ingest/events", "wh-s3.duckdb");
    }

    @Test
    void ingestFromAzureLoadsTheSampleOnceAndARerunInsertsNothing() throws Exception {
        put("azure://" + container + "/ingest/", "events/sample.json.gz", gzippedSample);
        assertIngestedOnce("azure://" + container + "/ingest", "wh-azure.duckdb");
    }

    private void assertIngestedOnce(String from, String file) throws Exception {
        String warehouse = "duckdb:" + dir.resolve(file);
        CliRunner.Run first = CliRunner.runWith(env, "ingest", "--warehouse", warehouse, "--from", from, "--json");
        assertThat(first.exitCode()).as(first.err()).isZero();
        JsonNode report = JSON.readTree(first.out());
        assertThat(report.get("files").asInt()).isEqualTo(1);
        assertThat(report.get("read").asLong()).isEqualTo(SAMPLE_EVENTS);
        assertThat(report.get("inserted").asLong()).isEqualTo(SAMPLE_EVENTS);
        assertThat(report.get("rejected").asLong()).isZero();

        CliRunner.Run again = CliRunner.runWith(env, "ingest", "--warehouse", warehouse, "--from", from + "/", "--json");
        assertThat(again.exitCode()).as(again.err()).isZero();
        JsonNode second = JSON.readTree(again.out());
        assertThat(second.get("inserted").asLong()).isZero();
        assertThat(second.get("skipped_files").asInt()).isEqualTo(1);

        CliRunner.Run count = CliRunner.run("sql", "--warehouse", warehouse, "--format", "csv",
                "select count(*) as n, count(distinct event_id) as ids from game_events");
        assertThat(count.out().strip().split("\\R")).containsExactly("n,ids", SAMPLE_EVENTS + "," + SAMPLE_EVENTS);
    }

    @Test
    void ingestTakesASingleObjectByItsName() throws Exception {
        put("s3://" + bucket + "/single/", "day.json.gz", gzippedSample);
        put("s3://" + bucket + "/single/", "day.json.gz.bak/other.json", "{}".getBytes());
        String warehouse = "duckdb:" + dir.resolve("wh-single.duckdb");
        CliRunner.Run run = CliRunner.runWith(env, "ingest", "--warehouse", warehouse, "--from",
                "s3://" + bucket + "/single/day.json.gz", "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode report = JSON.readTree(run.out());
        assertThat(report.get("files").asInt()).isEqualTo(1);
        assertThat(report.get("inserted").asLong()).isEqualTo(SAMPLE_EVENTS);
    }

    @Test
    void transferBringsBlobsToALocalFolder() throws Exception {
        put("azure://" + container + "/tolocal/", "a/one.json", "{\"x\":1}".getBytes());
        put("azure://" + container + "/tolocal/", "b/two.json.gz", gzippedSample);
        Path target = dir.resolve("local-copy");
        CliRunner.Run run = CliRunner.runWith(env, "transfer", "azure://" + container + "/tolocal", target.toString(), "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(JSON.readTree(run.out()).get("files").asLong()).isEqualTo(2);
        assertThat(Files.readAllBytes(target.resolve("b/two.json.gz"))).isEqualTo(gzippedSample);
        assertThat(Files.readString(target.resolve("a/one.json"))).isEqualTo("{\"x\":1}");
    }

    @Test
    void aRerunAfterALossCopiesOnlyWhatIsMissing() throws Exception {
        Path local = dir.resolve("to-s3");
        for (int i = 0; i < 3; i++) {
            Files.createDirectories(local.resolve("day" + i));
            Files.write(local.resolve("day" + i + "/events.json.gz"), gzippedSample);
        }
        String dst = "s3://" + bucket + "/from-local";
        CliRunner.Run first = CliRunner.runWith(env, "transfer", local.toString(), dst, "--json");
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(JSON.readTree(first.out()).get("files").asLong()).isEqualTo(3);
        try (ObjectStore store = ObjectStores.open(dst, settings)) {
            store.delete("day1/events.json.gz");
        }
        CliRunner.Run again = CliRunner.runWith(env, "transfer", "file:" + local, dst, "--json");
        assertThat(again.exitCode()).as(again.err()).isZero();
        JsonNode report = JSON.readTree(again.out());
        assertThat(report.get("files").asLong()).isEqualTo(1);
        assertThat(report.get("skipped").asLong()).isEqualTo(2);
        assertThat(read(dst, "day1/events.json.gz")).isEqualTo(gzippedSample);
    }

    @Test
    void aCopyIntoANewLocalFolderResumesFromItsJournal() throws Exception {
        Path src = dir.resolve("local-src");
        Files.createDirectories(src.resolve("a"));
        Files.writeString(src.resolve("a/x.json"), "{}");
        Files.writeString(src.resolve("b.json"), "{}");
        Path dst = dir.resolve("local-dst-not-yet-there");
        Path journal = dir.resolve("local-journal");
        CliRunner.Run first = CliRunner.runWith(env, "transfer", src.toString(), dst.toString(), "--journal", journal.toString(), "--json");
        assertThat(JSON.readTree(first.out()).get("files").asLong()).isEqualTo(2);
        CliRunner.Run again = CliRunner.runWith(env, "transfer", src.toString(), dst.toString(), "--journal", journal.toString(), "--json");
        assertThat(JSON.readTree(again.out()).get("skipped").asLong()).isEqualTo(2);
        try (var files = Files.list(journal)) {
            assertThat(files.count()).as("one journal for the pair").isEqualTo(1);
        }
    }

    @Test
    void anObjectThatCannotBeWrittenIsCountedAsFailedAndExitsOne() throws Exception {
        Path src = dir.resolve("blocked-src");
        Files.createDirectories(src.resolve("a"));
        Files.writeString(src.resolve("a/x.json"), "{}");
        Files.writeString(src.resolve("b.json"), "{}");
        Path dst = dir.resolve("blocked-dst");
        Files.createDirectories(dst);
        Files.writeString(dst.resolve("a"), "a file where the folder a/ must go");
        CliRunner.Run run = CliRunner.runWith(env, "transfer", src.toString(), dst.toString(), "--json");
        assertThat(run.exitCode()).isEqualTo(1);
        JsonNode report = JSON.readTree(run.out());
        assertThat(report.get("failed").asLong()).isEqualTo(1);
        assertThat(report.get("files").asLong()).isEqualTo(1);
        String[] lines = run.errLines();
        assertThat(lines[lines.length - 1]).startsWith("playlens transfer: 1 object(s) failed").contains("a/x.json");
    }

    @Test
    void transferFromAMissingBucketFailsOnOneLine() {
        CliRunner.Run run = CliRunner.runWith(env, "transfer", "s3://no-such-bucket-" + ProcessHandle.current().pid() + "/x",
                dir.resolve("never").toString(), "--json");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        String[] lines = run.errLines();
        assertThat(lines[lines.length - 1]).startsWith("playlens transfer: ").contains("no-such-bucket");
    }

    @Test
    void ingestWithoutAzureCredentialsFailsOnOneLine() {
        CliRunner.Run run = CliRunner.run("ingest", "--warehouse", "duckdb:", "--from", "azure://nowhere/events");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.err()).contains("AZURE_STORAGE_CONNECTION_STRING");
    }

    @Test
    void transferCopiesS3ToBlobByteForByteAndARerunSkipsEverything() throws Exception {
        String src = "s3://" + bucket + "/transfer/";
        byte[] large = new byte[(17 << 20) + 12345]; // more than one 16 MiB part
        new Random(7).nextBytes(large);
        put(src, "events/2024/01/01/sample.json.gz", gzippedSample);
        put(src, "levels/big.bin", large);
        put(src, "levels/empty.txt", new byte[0]);
        String dst = "azure://" + container + "/copied";

        CliRunner.Run first = CliRunner.runWith(env, "transfer", src, dst, "--parallel", "3", "--json");
        assertThat(first.exitCode()).as(first.err()).isZero();
        JsonNode report = JSON.readTree(first.out());
        assertThat(report.get("files").asLong()).isEqualTo(3);
        assertThat(report.get("bytes").asLong()).isEqualTo(gzippedSample.length + large.length);
        assertThat(report.get("skipped").asLong()).isZero();
        assertThat(report.get("failed").asLong()).isZero();
        assertThat(report.get("seconds").asDouble()).isPositive();
        assertThat(read(dst, "events/2024/01/01/sample.json.gz")).isEqualTo(gzippedSample);
        assertThat(read(dst, "levels/big.bin")).isEqualTo(large);
        assertThat(read(dst, "levels/empty.txt")).isEmpty();
        assertThat(dir.resolve("data/transfers")).isDirectoryContaining("glob:**.jsonl");

        CliRunner.Run again = CliRunner.runWith(env, "transfer", src, dst, "--json");
        assertThat(again.exitCode()).as(again.err()).isZero();
        JsonNode second = JSON.readTree(again.out());
        assertThat(second.get("files").asLong()).isZero();
        assertThat(second.get("skipped").asLong()).isEqualTo(3);
        assertThat(second.get("bytes").asLong()).isZero();
    }

    @Test
    void abandonedMultipartUploadsAreListedAndCleaned() throws Exception {
        String location = "s3://" + bucket + "/abandoned/";
        String uploadId;
        try (ObjectStore store = ObjectStores.open(location, settings)) {
            uploadId = store.staged().orElseThrow().begin("half/done.bin");
        }
        CliRunner.Run list = CliRunner.runWith(env, "uploads", "list", location, "--json");
        assertThat(list.exitCode()).as(list.err()).isZero();
        JsonNode uploads = JSON.readTree(list.out()).get("uploads");
        assertThat(uploads).hasSize(1);
        assertThat(uploads.get(0).get("key").asText()).isEqualTo("half/done.bin");
        assertThat(uploads.get(0).get("upload_id").asText()).isEqualTo(uploadId);

        CliRunner.Run tooYoung = CliRunner.runWith(env, "uploads", "clean", location, "--json");
        assertThat(JSON.readTree(tooYoung.out()).get("aborted")).isEmpty();
        CliRunner.Run clean = CliRunner.runWith(env, "uploads", "clean", location, "--older-than", "PT0S");
        assertThat(clean.exitCode()).as(clean.err()).isZero();
        assertThat(clean.out()).contains("half/done.bin").contains("(1 upload aborted)");
        assertThat(CliRunner.runWith(env, "uploads", "list", location).out()).contains("(0 uploads abandoned)");
    }

    @Test
    void badTransferUsageIsExitTwoOnOneLine() {
        CliRunner.Run run = CliRunner.run("transfer", "s3://b/x", "ftp://host/y");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.err()).contains("DST_URI").contains("ftp://host/y");
        CliRunner.Run parallel = CliRunner.run("transfer", "a", "b", "--parallel", "0");
        assertThat(parallel.exitCode()).isEqualTo(2);
        assertThat(parallel.err()).contains("--parallel");
    }

    private static void put(String root, String key, byte[] bytes) {
        try (ObjectStore store = ObjectStores.open(root, settings)) {
            store.write(key, new java.io.ByteArrayInputStream(bytes), bytes.length);
        }
    }

    private static byte[] read(String root, String key) throws Exception {
        try (ObjectStore store = ObjectStores.open(root, settings); InputStream in = store.read(key)) {
            return in.readAllBytes();
        }
    }
}
