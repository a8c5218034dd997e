package dev.playlens.storage;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Seeded test data and SHA-256 fingerprints of whole stores (computed independently of the code under test). */
public final class TestBytes {
    private TestBytes() {
    }

    public static byte[] random(long seed, int size) {
        byte[] b = new byte[size];
        new Random(seed).nextBytes(b);
        return b;
    }

    public static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String sha256(InputStream in) {
        try (in) {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) d.update(buf, 0, n);
            return HexFormat.of().formatHex(d.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes {@code objects} (key → bytes) into {@code store} with a few threads; returns key → SHA-256. */
    public static Map<String, String> put(ObjectStore store, Map<String, byte[]> objects) throws Exception {
        Map<String, String> digests = new TreeMap<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            List<Future<?>> fs = objects.entrySet().stream().map(e -> pool.submit(() ->
                    store.write(e.getKey(), new ByteArrayInputStream(e.getValue()), e.getValue().length))).<Future<?>>map(f -> f).toList();
            for (Future<?> f : fs) f.get();
        }
        objects.forEach((k, v) -> digests.put(k, sha256(v)));
        return digests;
    }

    /** Reads every object in {@code store}: key → SHA-256 of its bytes. */
    public static Map<String, String> fingerprint(ObjectStore store) throws Exception {
        Map<String, String> digests = new TreeMap<>();
        ListRequest request = ListRequest.recursive("");
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            Map<String, Future<String>> pending = new TreeMap<>();
            while (true) {
                ListPage page = store.list(request);
                for (ObjectInfo o : page.entries())
                    pending.put(o.key(), pool.submit(() -> sha256(store.read(o.key()))));
                if (!page.hasMore()) break;
                request = request.next(page.nextToken());
            }
            for (var e : pending.entrySet()) digests.put(e.getKey(), e.getValue().get());
        }
        return digests;
    }
}
