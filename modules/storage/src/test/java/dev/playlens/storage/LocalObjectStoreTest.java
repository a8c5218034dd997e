package dev.playlens.storage;

import dev.playlens.storage.local.LocalObjectStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LocalObjectStoreTest {
    @TempDir
    Path root;

    @Test
    void theUriIsTheSameBeforeAndAfterTheFolderExists() throws Exception {
        Path later = root.resolve("not-yet");
        try (ObjectStore before = new LocalObjectStore(later)) {
            Files.createDirectories(later);
            try (ObjectStore after = new LocalObjectStore(later)) {
                assertThat(before.uri()).isEqualTo(after.uri());
                assertThat(after.uri().toString()).endsWith("/not-yet/");
            }
        }
    }

    @Test
    void roundTripsRangesAndStat() throws Exception {
        byte[] data = TestBytes.random(1, 100_000);
        try (ObjectStore store = new LocalObjectStore(root)) {
            ObjectInfo written = store.write("a/b/c.bin", new ByteArrayInputStream(data), data.length);
            assertThat(Files.readAllBytes(root.resolve("a/b/c.bin"))).isEqualTo(data);
            assertThat(written.contentMd5()).isEqualTo(Md5.hex(Md5.of(data, data.length)));
            assertThat(store.stat("a/b/c.bin").orElseThrow().size()).isEqualTo(100_000);
            assertThat(store.stat("a/b/missing")).isEmpty();
            try (InputStream in = store.read("a/b/c.bin", new ByteRange(99_990, 10))) {
                assertThat(in.readAllBytes()).isEqualTo(java.util.Arrays.copyOfRange(data, 99_990, 100_000));
            }
            store.delete("a/b/c.bin");
            store.delete("a/b/c.bin"); // twice is fine
            assertThat(store.stat("a/b/c.bin")).isEmpty();
        }
    }

    @Test
    void listsInPagesWithAndWithoutDelimiter() {
        try (ObjectStore store = new LocalObjectStore(root)) {
            for (int i = 0; i < 25; i++) store.write("logs/" + String.format("%03d", i) + ".json", new ByteArrayInputStream(new byte[i]), i);
            store.write("logs/deep/x.json", new ByteArrayInputStream(new byte[3]), 3);
            store.write("top.txt", new ByteArrayInputStream(new byte[1]), 1);

            List<String> keys = new ArrayList<>();
            ListRequest req = new ListRequest("logs/", null, null, 10);
            int pages = 0;
            while (true) {
                ListPage page = store.list(req);
                pages++;
                page.entries().forEach(e -> keys.add(e.key()));
                if (!page.hasMore()) break;
                req = req.next(page.nextToken());
            }
            assertThat(pages).isEqualTo(3);
            assertThat(keys).hasSize(26).doesNotHaveDuplicates().isSorted().contains("logs/deep/x.json");

            ListPage top = store.list(new ListRequest("", "/", null, 100));
            assertThat(top.entries()).extracting(ObjectInfo::key).containsExactly("logs/", "top.txt");
            assertThat(top.entries().get(0).isPrefix()).isTrue();
        }
    }

    @Test
    void aFailedWriteLeavesTheOldObjectAndNoTempFile() throws IOException {
        try (ObjectStore store = new LocalObjectStore(root)) {
            store.write("k.bin", new ByteArrayInputStream(new byte[]{1, 2, 3}), 3);
            InputStream failing = new SequenceInputStream(new ByteArrayInputStream(new byte[1000]), new InputStream() {
                @Override
                public int read() throws IOException {
                    throw new IOException("connection reset");
                }
            });
            assertThatThrownBy(() -> store.write("k.bin", failing, 5000)).isInstanceOf(StoreException.class)
                    .hasMessageContaining("k.bin");
            assertThat(Files.readAllBytes(root.resolve("k.bin"))).containsExactly(1, 2, 3);
            try (Stream<Path> files = Files.list(root)) {
                assertThat(files).containsExactly(root.resolve("k.bin"));
            }
        }
    }

    @Test
    void rejectsWrongMd5AndShortStreamsAndEscapingKeys() {
        try (ObjectStore store = new LocalObjectStore(root)) {
            byte[] data = {1, 2, 3, 4};
            byte[] wrong = Md5.of(new byte[]{9}, 1);
            assertThatThrownBy(() -> store.write("x", new ByteArrayInputStream(data), 4, wrong))
                    .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.kind()).isEqualTo(StoreException.Kind.CHECKSUM_MISMATCH));
            assertThatThrownBy(() -> store.write("x", new ByteArrayInputStream(data), 10)).hasMessageContaining("expected 10");
            assertThat(store.stat("x")).isEmpty();
            assertThatThrownBy(() -> store.write("../evil", new ByteArrayInputStream(data), 4)).hasMessageContaining("bad object key");
        }
    }

    @Test
    void stagedPartsBecomeTheObjectOnlyOnCompleteAndAreNeverListed() throws IOException {
        byte[] one = TestBytes.random(2, 6_000_000);
        byte[] two = TestBytes.random(3, 1_234_567);
        try (ObjectStore store = new LocalObjectStore(root)) {
            StagedUploads staged = store.staged().orElseThrow();
            assertThat(staged.minPartSize()).isEqualTo(5L << 20);
            String id = staged.begin("big/file.bin");
            StagedUploads.StagedPart p2 = staged.uploadPart("big/file.bin", id, 2, two, two.length, Md5.of(two, two.length));
            StagedUploads.StagedPart p1 = staged.uploadPart("big/file.bin", id, 1, one, one.length, Md5.of(one, one.length));
            assertThat(p1.tag()).isEqualTo(Md5.hex(Md5.of(one, one.length)));

            assertThat(staged.listParts("big/file.bin", id)).containsExactly(p1, p2);
            assertThat(staged.listPending("big/")).extracting(StagedUploads.PendingUpload::key, StagedUploads.PendingUpload::uploadId)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("big/file.bin", id));
            assertThat(staged.listPending("other/")).isEmpty();
            assertThat(staged.listPending("").getFirst().started()).isNotNull();
            assertThat(store.stat("big/file.bin")).isEmpty();
            assertThat(store.list(new ListRequest("", null, null, 100)).entries()).isEmpty();
            assertThat(store.list(new ListRequest("", "/", null, 100)).entries()).isEmpty();
            assertThatThrownBy(() -> store.write(".playlens-uploads/x", new ByteArrayInputStream(new byte[1]), 1))
                    .hasMessageContaining("reserved");

            byte[] whole = java.nio.ByteBuffer.allocate(one.length + two.length).put(one).put(two).array();
            ObjectInfo done = staged.complete("big/file.bin", id, List.of(p1, p2), Md5.of(whole, whole.length));
            assertThat(done.size()).isEqualTo(whole.length);
            assertThat(done.contentMd5()).isEqualTo(Md5.hex(Md5.of(whole, whole.length)));
            assertThat(Files.readAllBytes(root.resolve("big/file.bin"))).isEqualTo(whole);
            assertThat(staged.listPending("")).isEmpty();
            assertThat(staged.listParts("big/file.bin", id)).isEmpty();
            assertThat(root.resolve(".playlens-uploads")).doesNotExist();
            try (Stream<Path> files = Files.list(root.resolve("big"))) {
                assertThat(files).containsExactly(root.resolve("big/file.bin"));
            }

            String aborted = staged.begin("big/gone.bin");
            staged.uploadPart("big/gone.bin", aborted, 1, two, two.length, null);
            staged.abort("big/gone.bin", aborted);
            staged.abort("big/gone.bin", aborted); // twice is fine
            assertThat(staged.listPending("")).isEmpty();
            assertThat(root.resolve(".playlens-uploads")).doesNotExist();
            assertThatThrownBy(() -> staged.uploadPart("big/gone.bin", aborted, 2, two, two.length, null))
                    .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.kind()).isEqualTo(StoreException.Kind.NOT_FOUND));
        }
    }

    @Test
    void aPartDamagedOnDiskIsReportedWithItsRealMd5SoAResumeSendsItAgain() throws IOException {
        byte[] part = TestBytes.random(4, 100_000);
        try (ObjectStore store = new LocalObjectStore(root)) {
            StagedUploads staged = store.staged().orElseThrow();
            String id = staged.begin("k.bin");
            StagedUploads.StagedPart sent = staged.uploadPart("k.bin", id, 1, part, part.length, null);
            Files.write(root.resolve(".playlens-uploads").resolve(id).resolve("part-1"), new byte[100_000]);
            assertThat(staged.listParts("k.bin", id)).singleElement().satisfies(p -> {
                assertThat(p.size()).isEqualTo(sent.size());
                assertThat(p.tag()).isNotEqualTo(sent.tag());
            });
        }
    }

    @Test
    void partsOfAKnownSizeGoStraightToTheirPlaceAndCompleteOnlyRenames() throws IOException {
        int part = 5 << 20;
        byte[] whole = TestBytes.random(5, 2 * part + 4321);
        try (ObjectStore store = new LocalObjectStore(root)) {
            StagedUploads staged = store.staged().orElseThrow();
            String id = staged.begin("placed/x.bin", whole.length, part);
            List<StagedUploads.StagedPart> parts = new ArrayList<>();
            for (int n = 3; n >= 1; n--) { // any order
                byte[] chunk = java.util.Arrays.copyOfRange(whole, (n - 1) * part, Math.min(n * part, whole.length));
                parts.addFirst(staged.uploadPart("placed/x.bin", id, n, chunk, chunk.length, Md5.of(chunk, chunk.length)));
            }
            assertThat(staged.listParts("placed/x.bin", id)).containsExactlyElementsOf(parts);
            assertThat(store.list(ListRequest.recursive("")).entries()).isEmpty();
            assertThatThrownBy(() -> staged.complete("placed/x.bin", id, parts.subList(0, 2), null))
                    .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.kind()).isEqualTo(StoreException.Kind.CHECKSUM_MISMATCH));
            assertThatThrownBy(() -> staged.uploadPart("placed/x.bin", id, 4, whole, 10, null)).hasMessageContaining("does not fit");

            ObjectInfo done = staged.complete("placed/x.bin", id, parts, Md5.of(whole, whole.length));
            assertThat(done.size()).isEqualTo(whole.length);
            assertThat(Files.readAllBytes(root.resolve("placed/x.bin"))).isEqualTo(whole);
            assertThat(root.resolve(".playlens-uploads")).doesNotExist();
            assertThat(staged.listPending("")).isEmpty();
        }
    }
}
