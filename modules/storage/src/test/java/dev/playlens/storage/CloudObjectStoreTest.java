package dev.playlens.storage;

import dev.playlens.testsupport.AzuriteServer;
import dev.playlens.testsupport.RealServers;
import dev.playlens.testsupport.S3Server;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The same contract on the real S3 (S3Proxy) and Azure Blob (Azurite) servers. */
@ExtendWith(RealServers.class)
class CloudObjectStoreTest {

    @Test
    void s3RoundTrip(S3Server s3) throws Exception {
        try (ObjectStore store = Servers.newS3(s3, "rt")) {
            roundTrip(store);
        }
    }

    @Test
    void azureRoundTrip(AzuriteServer az) throws Exception {
        try (ObjectStore store = Servers.newAzure(az, "rt")) {
            roundTrip(store);
        }
    }

    @Test
    void s3PagesThroughObjects(S3Server s3) throws Exception {
        try (ObjectStore store = Servers.newS3(s3, "paging")) {
            pagesThrough(store);
        }
    }

    @Test
    void azurePagesThroughObjects(AzuriteServer az) throws Exception {
        try (ObjectStore store = Servers.newAzure(az, "paging")) {
            pagesThrough(store);
        }
    }

    @Test
    void s3ErrorsNameTheStoreAndTheCause(S3Server s3) {
        try (ObjectStore missing = ObjectStores.open("s3://no-such-bucket-here/x", Servers.settings(s3, null))) {
            assertThatThrownBy(() -> missing.list(ListRequest.recursive("")))
                    .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.kind()).as(e.getMessage()).isEqualTo(StoreException.Kind.NO_SUCH_CONTAINER))
                    .hasMessageContaining("s3://no-such-bucket-here/x/").hasMessageContaining("does not exist");
            assertThatThrownBy(() -> missing.stat("k"))
                    .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.kind()).as(e.getMessage()).isEqualTo(StoreException.Kind.NO_SUCH_CONTAINER));
        }
        String bucket = Servers.freshName("creds");
        s3.createBucket(bucket);
        StoreSettings wrong = Servers.settings(s3, null).withS3(s3.endpoint(), s3.region(), s3.accessKey(), "not-the-secret");
        try (ObjectStore store = ObjectStores.open("s3://" + bucket, wrong)) {
            assertThatThrownBy(() -> store.list(ListRequest.recursive("")))
                    .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.kind()).as(e.getMessage()).isEqualTo(StoreException.Kind.BAD_CREDENTIALS))
                    .hasMessageContaining("s3://" + bucket).hasMessageContaining("credentials");
        }
    }

    @Test
    void azureErrorsNameTheStoreAndTheCause(AzuriteServer az) {
        try (ObjectStore missing = ObjectStores.open("azure://no-such-container/x", Servers.settings(null, az))) {
            assertThatThrownBy(() -> missing.list(ListRequest.recursive("")))
                    .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.kind()).as(e.getMessage()).isEqualTo(StoreException.Kind.NO_SUCH_CONTAINER))
                    .hasMessageContaining("azure://no-such-container/x/");
        }
        String container = Servers.freshName("creds");
        az.createContainer(container);
        String badKey = az.connectionString().replaceAll("AccountKey=[^;]+", "AccountKey="
                + java.util.Base64.getEncoder().encodeToString(new byte[64]));
        try (ObjectStore store = ObjectStores.open("azure://" + container, Servers.settings(null, null).withAzureConnectionString(badKey))) {
            // Azurite answers a bad signature with 403 AuthorizationFailure, Azure with AuthenticationFailed
            assertThatThrownBy(() -> store.list(ListRequest.recursive("")))
                    .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.kind()).as(e.getMessage())
                            .isIn(StoreException.Kind.BAD_CREDENTIALS, StoreException.Kind.ACCESS_DENIED))
                    .hasMessageContaining("azure://" + container).hasMessageContaining("credentials");
        }
        assertThatThrownBy(() -> ObjectStores.open("azure://c/x", StoreSettings.DEFAULTS))
                .hasMessageContaining("AZURE_STORAGE_CONNECTION_STRING");
    }

    private static void roundTrip(ObjectStore store) throws Exception {
        byte[] data = TestBytes.random(7, 300_000);
        ObjectInfo w = store.write("events/2017/09/15/a.json", new ByteArrayInputStream(data), data.length, Md5.of(data, data.length));
        assertThat(w.contentMd5()).isEqualTo(Md5.hex(Md5.of(data, data.length)));

        ObjectInfo stat = store.stat("events/2017/09/15/a.json").orElseThrow();
        assertThat(stat.size()).isEqualTo(300_000);
        assertThat(stat.etag()).isEqualTo(w.etag());
        assertThat(stat.contentMd5()).isEqualTo(w.contentMd5());
        assertThat(store.stat("events/2017/09/15/none.json")).isEmpty();

        try (InputStream in = store.read("events/2017/09/15/a.json")) {
            assertThat(TestBytes.sha256(in)).isEqualTo(TestBytes.sha256(data));
        }
        try (InputStream in = store.read("events/2017/09/15/a.json", new ByteRange(123_456, 1000))) {
            assertThat(in.readAllBytes()).isEqualTo(Arrays.copyOfRange(data, 123_456, 124_456));
        }
        byte[] wrong = Md5.of(new byte[]{1}, 1);
        assertThatThrownBy(() -> store.write("events/bad.json", new ByteArrayInputStream(data), data.length, wrong))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.kind()).as(e.getMessage()).isEqualTo(StoreException.Kind.CHECKSUM_MISMATCH));
        assertThat(store.stat("events/bad.json")).isEmpty();

        ListPage folders = store.list(new ListRequest("events/2017/", "/", null, 100));
        assertThat(folders.entries()).extracting(ObjectInfo::key).containsExactly("events/2017/09/");
        assertThat(folders.entries().get(0).isPrefix()).isTrue();

        store.delete("events/2017/09/15/a.json");
        store.delete("events/2017/09/15/a.json");
        assertThat(store.stat("events/2017/09/15/a.json")).isEmpty();
        assertThatThrownBy(() -> store.read("events/2017/09/15/a.json").readAllBytes()).hasMessageContaining("a.json");
    }

    private static void pagesThrough(ObjectStore store) throws Exception {
        Map<String, byte[]> objects = new LinkedHashMap<>();
        for (int i = 0; i < 1050; i++) objects.put(String.format("p/%05d.json", i), ("{\"i\":" + i + "}").getBytes());
        TestBytes.put(store, objects);

        List<String> keys = new ArrayList<>();
        List<Integer> pageSizes = new ArrayList<>();
        ListRequest req = new ListRequest("p/", null, null, 500);
        while (true) {
            ListPage page = store.list(req);
            pageSizes.add(page.entries().size());
            page.entries().forEach(e -> keys.add(e.key()));
            if (!page.hasMore()) break;
            req = req.next(page.nextToken());
        }
        assertThat(pageSizes).containsExactly(500, 500, 50);
        assertThat(keys).containsExactlyElementsOf(objects.keySet());
    }
}
