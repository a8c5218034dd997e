package dev.playlens.storage;

import com.azure.storage.blob.BlobContainerClient;
import com.azure.storage.blob.BlobContainerClientBuilder;
import com.azure.storage.blob.sas.BlobContainerSasPermission;
import com.azure.storage.blob.sas.BlobServiceSasSignatureValues;
import dev.playlens.core.job.JobContext;
import dev.playlens.storage.StoreException.Kind;
import dev.playlens.storage.local.LocalObjectStore;
import dev.playlens.storage.transfer.TransferJob;
import dev.playlens.storage.transfer.TransferOptions;
import dev.playlens.storage.transfer.TransferReport;
import dev.playlens.testsupport.AzuriteServer;
import dev.playlens.testsupport.RealServers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A container SAS that may read and list but not write: reads work, every write fails with "no permission" naming
 * the object, and nothing (no blob, no uncommitted block) is left behind. S3Proxy has a single identity with full
 * access, so the S3 side of this cannot be expressed against the test server.
 */
@ExtendWith(RealServers.class)
class ReadOnlyAccessTest {
    @TempDir
    Path tmp;

    @Test
    void aReadAndListSasReadsButCannotWriteAndLeavesNothingBehind(AzuriteServer az) throws Exception {
        String container = Servers.freshName("readonly");
        az.createContainer(container);
        byte[] existing = TestBytes.random(3, 40_000);
        try (ObjectStore owner = ObjectStores.open("azure://" + container + "/data", Servers.settings(null, az))) {
            owner.write("events/a.json", new ByteArrayInputStream(existing), existing.length, Md5.of(existing, existing.length));
        }

        StoreSettings sas = StoreSettings.fromEnvironment(Map.of("AZURE_STORAGE_SAS_URL", readAndListSas(az, container)))
                .withRetries(1, Duration.ofMillis(50));
        String root = "azure://" + container + "/data/";
        try (ObjectStore readOnly = ObjectStores.open("azure://" + container + "/data", sas)) {
            assertThat(readOnly.list(ListRequest.recursive("")).entries()).extracting(ObjectInfo::key).containsExactly("events/a.json");
            assertThat(readOnly.stat("events/a.json").orElseThrow().size()).isEqualTo(existing.length);
            try (InputStream in = readOnly.read("events/a.json")) {
                assertThat(in.readAllBytes()).isEqualTo(existing);
            }

            byte[] data = TestBytes.random(4, 1000);
            assertThatThrownBy(() -> readOnly.write("events/b.json", new ByteArrayInputStream(data), data.length, Md5.of(data, data.length)))
                    .isInstanceOfSatisfying(StoreException.class, noPermission("writing " + root + "events/b.json"));
            assertThatThrownBy(() -> readOnly.delete("events/a.json"))
                    .isInstanceOfSatisfying(StoreException.class, noPermission("deleting " + root + "events/a.json"));

            // a small object (one Put Blob) and a staged one (blocks + commit) through a transfer
            Map<String, byte[]> objects = new LinkedHashMap<>();
            objects.put("events/c.json", TestBytes.random(5, 2000));
            objects.put("big/d.bin", TestBytes.random(6, (5 << 20) / 2));
            try (ObjectStore local = new LocalObjectStore(tmp.resolve("src"))) {
                TestBytes.put(local, objects);
                TransferOptions options = new TransferOptions(2, 1 << 20, tmp.resolve("journal"), 1, Duration.ofMillis(50));
                TransferReport report = new TransferJob(local, readOnly, options).run(JobContext.silent());
                assertThat(report).extracting(TransferReport::copied, TransferReport::failed).containsExactly(0L, 2L);
                assertThat(report.failures()).hasSize(2).allSatisfy(line -> assertThat(line)
                        .contains(root).contains("no permission (AuthorizationPermissionMismatch)"));
                assertThat(report.failures()).anySatisfy(line -> assertThat(line).startsWith("big/d.bin: staging block ")
                        .contains(" of " + root + "big/d.bin: no permission"));
            }
        }

        try (ObjectStore owner = ObjectStores.open("azure://" + container + "/data", Servers.settings(null, az))) {
            assertThat(owner.list(ListRequest.recursive("")).entries()).extracting(ObjectInfo::key).containsExactly("events/a.json");
            assertThat(owner.staged().orElseThrow().listPending("")).isEmpty();
        }
    }

    private static String readAndListSas(AzuriteServer az, String container) {
        BlobContainerClient client = new BlobContainerClientBuilder().connectionString(az.connectionString())
                .containerName(container).buildClient();
        BlobContainerSasPermission readAndList = new BlobContainerSasPermission().setReadPermission(true).setListPermission(true);
        return client.getBlobContainerUrl() + "?" + client.generateSas(
                new BlobServiceSasSignatureValues(OffsetDateTime.now().plusHours(1), readAndList));
    }

    private static Consumer<StoreException> noPermission(String where) {
        return e -> {
            assertThat(e.kind()).as(e.getMessage()).isEqualTo(Kind.ACCESS_DENIED);
            assertThat(e.getMessage()).startsWith(where + ": no permission (AuthorizationPermissionMismatch)").doesNotContain("\n");
        };
    }
}
