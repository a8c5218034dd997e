package dev.playlens.app.storage;

import dev.playlens.app.workspace.JsonFileStore;
import dev.playlens.app.workspace.Workspace;
import dev.playlens.app.workspace.WorkspaceSettings;
import dev.playlens.storage.ListPage;
import dev.playlens.storage.ListRequest;
import dev.playlens.storage.ObjectInfo;
import dev.playlens.storage.ObjectStore;
import dev.playlens.storage.ObjectStores;
import dev.playlens.testsupport.AzuriteServer;
import dev.playlens.testsupport.RealData;
import dev.playlens.testsupport.S3Server;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.GZIPOutputStream;

/** A bucket on S3Proxy holding 1,500 small objects and real telemetry files, and the env map the app would get. */
final class StorageFixture {
    static final int MANY = 1_500;
    final String bucket;
    final Map<String, String> env;
    final S3Server s3;
    final AzuriteServer az;

    StorageFixture(S3Server s3, AzuriteServer az) throws Exception {
        this.s3 = s3;
        this.az = az;
        bucket = "storage-fx-" + ProcessHandle.current().pid();
        s3.createBucket(bucket);
        env = Map.of("AWS_ACCESS_KEY_ID", s3.accessKey(), "AWS_SECRET_ACCESS_KEY", s3.secretKey(),
                "AWS_REGION", s3.region(), "AWS_ENDPOINT_URL", s3.endpoint().toString(),
                "AZURE_STORAGE_CONNECTION_STRING", az.connectionString());
        try (ObjectStore store = open("s3://" + bucket)) {
            put(store, "telemetry/2017/10/events.json", Files.readAllBytes(RealData.file("aws-pipeline/heatmap-sample-data.txt")));
            put(store, "telemetry/2017/10/events.json.gz", gzip(Files.readAllBytes(RealData.file("aws-pipeline/heatmap-sample-data.txt"))));
            put(store, "telemetry/churn.csv", Files.readAllBytes(RealData.file("WA_Fn-UseC_-Telco-Customer-Churn.csv")));
            put(store, "telemetry/level.png", Files.readAllBytes(RealData.file("aws-pipeline/level_screenshot_512x512.png")));
            byte[] big = new byte[17 << 20]; // above the 16 MiB part size: a multipart / staged-block copy
            new Random(7).nextBytes(big);
            put(store, "telemetry/raw/big.bin", big);
            try (var pool = Executors.newFixedThreadPool(16)) {
                List<Future<?>> writes = new ArrayList<>();
                for (int i = 0; i < MANY; i++) {
                    String key = String.format("many/obj-%05d.json", i);
                    byte[] body = ("{\"n\":" + i + "}\n").getBytes(StandardCharsets.UTF_8);
                    writes.add(pool.submit(() -> put(store, key, body)));
                }
                for (Future<?> f : writes) f.get();
            }
        }
    }

    ObjectStore open(String uri) {
        return ObjectStores.open(uri, new StoreConnector(env).settingsFor(SavedLocation.of("x", uri)));
    }

    /** A workspace whose storage.json names the bucket, two containers and a bucket that does not exist. */
    Workspace workspace(Path dir, String container, String missingContainer) {
        Workspace ws = Workspace.create(dir, WorkspaceSettings.named("Storage test", null));
        JsonFileStore.in(ws, StorageSettings.FILE_NAME, StorageSettings.class, StorageSettings::empty).write(new StorageSettings(List.of(
                SavedLocation.of("Raw telemetry (S3)", "s3://" + bucket),
                SavedLocation.of("Archive (Blob)", "azure://" + container),
                SavedLocation.of("Not created yet (Blob)", "azure://" + missingContainer),
                SavedLocation.of("Typo (S3)", "s3://no-such-bucket-" + ProcessHandle.current().pid()))));
        return ws;
    }

    /** key → MD5 of every object under the store's root. */
    static Map<String, String> fingerprint(ObjectStore store) throws Exception {
        Map<String, String> out = new TreeMap<>();
        ListRequest request = ListRequest.recursive("");
        while (true) {
            ListPage page = store.list(request);
            for (ObjectInfo o : page.entries()) {
                try (InputStream in = store.read(o.key())) {
                    out.put(o.key(), HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(in.readAllBytes())));
                }
            }
            if (!page.hasMore()) return out;
            request = request.next(page.nextToken());
        }
    }

    private static void put(ObjectStore store, String key, byte[] body) {
        store.write(key, new ByteArrayInputStream(body), body.length);
    }

    private static byte[] gzip(byte[] data) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        }
        return out.toByteArray();
    }
}
