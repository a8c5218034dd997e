package dev.playlens.storage.transfer;

import dev.playlens.core.job.JobCancelledException;
import dev.playlens.core.job.JobContext;
import dev.playlens.storage.ObjectStore;
import dev.playlens.storage.ObjectStores;
import dev.playlens.storage.Servers;
import dev.playlens.storage.StagedUploads;
import dev.playlens.storage.TestBytes;
import dev.playlens.storage.local.LocalObjectStore;
import dev.playlens.testsupport.AzuriteServer;
import dev.playlens.testsupport.RealServers;
import dev.playlens.testsupport.S3Server;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static dev.playlens.storage.transfer.TransferFixtures.PART;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ExtendWith(RealServers.class)
class TransferTest {
    @TempDir
    Path tmp;

    @Test
    void s3ToBlobAndBlobToS3AreByteIdenticalAndReRunsSkipEverything(S3Server s3, AzuriteServer az) throws Exception {
        Map<String, byte[]> objects = TransferFixtures.mixedObjects();
        try (ObjectStore src = Servers.newS3(s3, "src"); ObjectStore blob = Servers.newAzure(az, "mid");
             ObjectStore back = Servers.newS3(s3, "back")) {
            Map<String, String> expected = TransferFixtures.put(src, objects);

            TransferReport first = new TransferJob(src, blob, TransferFixtures.options(tmp)).run(JobContext.silent());
            assertThat(first).extracting(TransferReport::objects, TransferReport::copied, TransferReport::skipped, TransferReport::failed)
                    .containsExactly(14L, 14L, 0L, 0L);
            assertThat(first.verified()).isEqualTo(14);
            assertThat(first.bytes()).isEqualTo(objects.values().stream().mapToLong(b -> b.length).sum());
            assertThat(TestBytes.fingerprint(blob)).isEqualTo(expected);
            // the committed multi-block blob carries the whole-object MD5 computed while streaming
            assertThat(blob.stat("big/ragged.bin").orElseThrow().contentMd5())
                    .isEqualTo(dev.playlens.storage.Md5.hex(dev.playlens.storage.Md5.of(objects.get("big/ragged.bin"), objects.get("big/ragged.bin").length)));

            TransferReport again = new TransferJob(src, blob, TransferFixtures.options(tmp)).run(JobContext.silent());
            assertThat(again).extracting(TransferReport::copied, TransferReport::skipped, TransferReport::bytes).containsExactly(0L, 14L, 0L);

            TransferReport toS3 = new TransferJob(blob, back, TransferFixtures.options(tmp)).run(JobContext.silent());
            assertThat(toS3.copied()).isEqualTo(14);
            assertThat(TestBytes.fingerprint(back)).isEqualTo(expected);
            assertThat(AbandonedUploads.list(back, "")).isEmpty();
            // multipart objects at S3 have the "md5-of-part-md5s-N" ETag: 3 parts each
            assertThat(back.stat("big/ragged.bin").orElseThrow().etag()).endsWith("-3");
        }
    }

    @Test
    void localToAndFromEachCloudIsByteIdentical(S3Server s3, AzuriteServer az) throws Exception {
        Map<String, byte[]> objects = TransferFixtures.mixedObjects();
        Path local = tmp.resolve("local");
        try (ObjectStore src = new LocalObjectStore(local); ObjectStore s3Store = Servers.newS3(s3, "loc");
             ObjectStore blob = Servers.newAzure(az, "loc");
             ObjectStore fromS3 = new LocalObjectStore(tmp.resolve("from-s3"));
             ObjectStore fromBlob = new LocalObjectStore(tmp.resolve("from-blob"))) {
            Map<String, String> expected = TransferFixtures.put(src, objects);
            TransferOptions options = TransferFixtures.options(tmp.resolve("journal"));
            for (ObjectStore[] pair : new ObjectStore[][]{{src, s3Store}, {s3Store, fromS3}, {src, blob}, {blob, fromBlob}}) {
                TransferReport r = new TransferJob(pair[0], pair[1], options).run(JobContext.silent());
                assertThat(r.ok()).as(pair[0].uri() + " → " + pair[1].uri() + ": " + r.failures()).isTrue();
                assertThat(TestBytes.fingerprint(pair[1])).as(pair[1].uri().toString()).isEqualTo(expected);
            }
            assertThat(AbandonedUploads.list(s3Store, "")).isEmpty();
        }
    }

    @Test
    void cancelAbortsTheMultipartUploadAndLeavesNothingVisible(S3Server s3) throws Exception {
        byte[] big = TestBytes.random(42, (int) (8 * PART));
        try (ObjectStore src = new LocalObjectStore(tmp.resolve("src")); ObjectStore dst = Servers.newS3(s3, "cancel")) {
            TransferFixtures.put(src, Map.of("large.bin", big));
            TransferOptions options = TransferFixtures.options(tmp.resolve("journal")).withParallel(2);
            assertThatThrownBy(() -> new TransferJob(src, dst, options).run(TransferFixtures.cancelWhen(done -> done >= PART)))
                    .isInstanceOf(JobCancelledException.class);
            assertThat(dst.stat("large.bin")).isEmpty();
            assertThat(AbandonedUploads.list(dst, "")).isEmpty();
            try (TransferJournal journal = TransferJournal.open(tmp.resolve("journal"), src.uri().toString(), dst.uri().toString())) {
                assertThat(journal.uploads()).isEmpty();
                assertThat(journal.done("large.bin")).isEmpty();
            }
            // and a later run copies it whole
            TransferReport r = new TransferJob(src, dst, options).run(JobContext.silent());
            assertThat(r.copied()).isEqualTo(1);
            assertThat(TestBytes.sha256(dst.read("large.bin"))).isEqualTo(TestBytes.sha256(big));
        }
    }

    @Test
    void abandonedUploadsAreListedAndCleaned(S3Server s3, AzuriteServer az) {
        for (ObjectStore store : List.of(Servers.newS3(s3, "orphans"), Servers.newAzure(az, "orphans"),
                new LocalObjectStore(tmp.resolve("orphans")))) {
            try (store) {
                StagedUploads staged = store.staged().orElseThrow();
                byte[] part = TestBytes.random(1, (int) PART);
                String id = staged.begin("stuck/file.bin");
                staged.uploadPart("stuck/file.bin", id, 1, part, part.length, dev.playlens.storage.Md5.of(part, part.length));

                assertThat(AbandonedUploads.list(store, "stuck/")).extracting(StagedUploads.PendingUpload::key)
                        .as(store.uri().toString()).containsExactly("stuck/file.bin");
                assertThat(AbandonedUploads.clean(store, "", Duration.ZERO)).hasSize(1);
                assertThat(AbandonedUploads.list(store, "")).as(store.uri().toString()).isEmpty();
                assertThat(store.stat("stuck/file.bin")).isEmpty();
            }
        }
    }

    @Test
    void viaUrisAndTheJournalFolder(S3Server s3) throws Exception {
        Path local = tmp.resolve("plain");
        Files.createDirectories(local.resolve("a"));
        Files.write(local.resolve("a/one.json"), "{\"x\":1}\n".getBytes());
        String bucket = Servers.freshName("uri");
        s3.createBucket(bucket);
        TransferReport r = Transfers.job(local.toString(), "s3://" + bucket + "/copy", Servers.settings(s3, null),
                TransferFixtures.options(tmp.resolve("journal"))).run(JobContext.silent());
        assertThat(r).extracting(TransferReport::copied, TransferReport::bytes).containsExactly(1L, 8L);
        try (var files = Files.list(tmp.resolve("journal"))) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).singleElement().asString().startsWith("transfer-");
        }
        try (ObjectStore dst = ObjectStores.open("s3://" + bucket + "/copy/", Servers.settings(s3, null))) {
            assertThat(dst.read("a/one.json").readAllBytes()).isEqualTo("{\"x\":1}\n".getBytes());
        }
    }

    @Test
    void largeObjectFromS3ToALocalFolderArrivesInPartsAndIsNeverPartlyVisible(S3Server s3) throws Exception {
        byte[] big = TestBytes.random(43, (int) (6 * PART) + 777);
        Path local = tmp.resolve("disk");
        try (ObjectStore src = Servers.newS3(s3, "to-disk"); ObjectStore dst = new LocalObjectStore(local)) {
            TransferFixtures.put(src, Map.of("match/big.bin", big, "match/small.json", new byte[]{'{', '}'}));
            List<String> seenMidCopy = new java.util.concurrent.CopyOnWriteArrayList<>();
            java.util.concurrent.atomic.AtomicInteger looks = new java.util.concurrent.atomic.AtomicInteger();
            JobContext watching = new JobContext() {
                @Override
                public void progress(long done, long total, String message) {
                    if (done > 0 && done < big.length) { // mid-copy: parts are staged, the object must not show
                        looks.incrementAndGet();
                        dst.list(dev.playlens.storage.ListRequest.recursive("")).entries().forEach(e -> seenMidCopy.add(e.key()));
                        if (Files.exists(local.resolve("match/big.bin"))) seenMidCopy.add("match/big.bin on disk");
                    }
                }

                @Override
                public boolean isCancelled() {
                    return false;
                }
            };
            TransferReport r = new TransferJob(src, dst, TransferFixtures.options(tmp.resolve("journal"))).run(watching);
            assertThat(r).extracting(TransferReport::copied, TransferReport::verified, TransferReport::failed).containsExactly(2L, 2L, 0L);
            assertThat(looks.get()).isPositive();
            assertThat(seenMidCopy).allMatch("match/small.json"::equals);
            assertThat(TestBytes.sha256(dst.read("match/big.bin"))).isEqualTo(TestBytes.sha256(big));
            assertThat(dst.stat("match/big.bin").orElseThrow().size()).isEqualTo(big.length);
            assertThat(local.resolve(".playlens-uploads")).doesNotExist();
            assertThat(AbandonedUploads.list(dst, "")).isEmpty();
            try (var files = Files.list(local.resolve("match"))) {
                assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("big.bin", "small.json");
            }
            TransferReport again = new TransferJob(src, dst, TransferFixtures.options(tmp.resolve("journal"))).run(JobContext.silent());
            assertThat(again).extracting(TransferReport::copied, TransferReport::skipped).containsExactly(0L, 2L);
        }
    }

    @Test
    void cancelToALocalFolderLeavesNoUploadFolder(S3Server s3) throws Exception {
        byte[] big = TestBytes.random(44, (int) (8 * PART));
        Path local = tmp.resolve("disk");
        try (ObjectStore src = Servers.newS3(s3, "cancel-disk"); ObjectStore dst = new LocalObjectStore(local)) {
            TransferFixtures.put(src, Map.of("large.bin", big));
            TransferOptions options = TransferFixtures.options(tmp.resolve("journal")).withParallel(2);
            assertThatThrownBy(() -> new TransferJob(src, dst, options).run(TransferFixtures.cancelWhen(done -> done >= PART)))
                    .isInstanceOf(JobCancelledException.class);
            assertThat(dst.stat("large.bin")).isEmpty();
            assertThat(AbandonedUploads.list(dst, "")).isEmpty();
            assertThat(local.resolve(".playlens-uploads")).doesNotExist();
            try (TransferJournal journal = TransferJournal.open(tmp.resolve("journal"), src.uri().toString(), dst.uri().toString())) {
                assertThat(journal.uploads()).isEmpty();
            }
        }
    }
}
