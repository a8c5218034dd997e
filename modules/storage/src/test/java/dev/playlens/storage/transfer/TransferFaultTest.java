package dev.playlens.storage.transfer;

import dev.playlens.core.job.JobContext;
import dev.playlens.storage.ObjectStore;
import dev.playlens.storage.Servers;
import dev.playlens.storage.TestBytes;
import dev.playlens.storage.local.LocalObjectStore;
import dev.playlens.testsupport.AzuriteServer;
import dev.playlens.testsupport.RealServers;
import dev.playlens.testsupport.S3Server;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static dev.playlens.storage.transfer.TransferFixtures.PART;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The destination server dies mid-copy; after a restart a re-run finishes without redoing finished work. */
@ExtendWith(RealServers.class)
class TransferFaultTest {
    @TempDir
    Path tmp;

    @Test
    void largeObjectResumesItsMultipartUploadAfterTheDestinationComesBack(S3Server s3) throws Exception {
        int parts = 40;
        byte[] big = TestBytes.random(99, (int) (parts * PART) - 4321); // ~200 MB, as the issue asks
        Path journalDir = tmp.resolve("journal");
        try (ObjectStore src = new LocalObjectStore(tmp.resolve("src")); ObjectStore dst = Servers.newS3(s3, "fault-big")) {
            TestBytes.put(src, Map.of("match/recording.bin", big));
            TransferOptions options = TransferFixtures.options(journalDir).withParallel(2);

            TransferFailedException failure = runAndKillDestination(src, dst, options, 3 * PART, s3::stop);
            assertThat(failure.getMessage()).contains("re-run to resume").contains(dst.uri().toString());
            s3.start();

            long journaled;
            try (TransferJournal j = TransferJournal.open(journalDir, src.uri().toString(), dst.uri().toString())) {
                TransferJournal.Upload u = j.uploads().get("match/recording.bin");
                assertThat(u).as("the interrupted upload is journaled").isNotNull();
                journaled = u.parts().values().stream().mapToLong(TransferJournal.Part::size).sum();
            }
            assertThat(journaled).isEqualTo(failure.partial().bytes()).isGreaterThanOrEqualTo(3 * PART).isLessThan(big.length);
            assertThat(dst.stat("match/recording.bin")).as("nothing partial is visible").isEmpty();

            TransferReport second = new TransferJob(src, dst, options).run(JobContext.silent());
            assertThat(second.copied()).isEqualTo(1);
            assertThat(second.bytes()).as("finished parts are not sent again").isEqualTo(big.length - journaled);
            assertThat(TestBytes.sha256(dst.read("match/recording.bin"))).isEqualTo(TestBytes.sha256(big));
            assertThat(AbandonedUploads.list(dst, "")).as("no multipart upload left behind").isEmpty();
        }
    }

    @Test
    void largeObjectToALocalFolderResumesItsPartsAfterTheSourceComesBack(S3Server s3) throws Exception {
        byte[] big = TestBytes.random(98, (int) (16 * PART) - 1234);
        Path journalDir = tmp.resolve("journal");
        Path local = tmp.resolve("disk");
        try (ObjectStore src = Servers.newS3(s3, "fault-src"); ObjectStore dst = new LocalObjectStore(local)) {
            TestBytes.put(src, Map.of("match/recording.bin", big));
            TransferOptions options = TransferFixtures.options(journalDir).withParallel(2);

            TransferFailedException failure = runAndKillDestination(src, dst, options, 3 * PART, s3::stop);
            assertThat(failure.getMessage()).contains("re-run to resume");
            s3.start();

            long journaled;
            try (TransferJournal j = TransferJournal.open(journalDir, src.uri().toString(), dst.uri().toString())) {
                TransferJournal.Upload u = j.uploads().get("match/recording.bin");
                assertThat(u).as("the interrupted upload is journaled").isNotNull();
                journaled = u.parts().values().stream().mapToLong(TransferJournal.Part::size).sum();
            }
            assertThat(journaled).isGreaterThanOrEqualTo(3 * PART).isLessThan(big.length);
            assertThat(dst.stat("match/recording.bin")).as("nothing partial is visible").isEmpty();
            assertThat(AbandonedUploads.list(dst, "")).as("the parts wait for the re-run").hasSize(1);

            TransferReport second = new TransferJob(src, dst, options).run(JobContext.silent());
            assertThat(second.copied()).isEqualTo(1);
            assertThat(second.bytes()).as("finished parts are not written again").isEqualTo(big.length - journaled);
            assertThat(TestBytes.sha256(dst.read("match/recording.bin"))).isEqualTo(TestBytes.sha256(big));
            assertThat(AbandonedUploads.list(dst, "")).isEmpty();
            assertThat(local.resolve(".playlens-uploads")).doesNotExist();
        }
    }

    @Test
    void manyObjectPrefixSkipsWhatFinishedAfterTheDestinationComesBack(AzuriteServer az) throws Exception {
        Map<String, byte[]> objects = new LinkedHashMap<>();
        int count = 1_000;
        for (int i = 0; i < count; i++) objects.put(String.format("events/%02d/%04d.json", i % 24, i), TestBytes.random(i, 2_000 + i * 37));
        long total = objects.values().stream().mapToLong(b -> b.length).sum();
        Path journalDir = tmp.resolve("journal");
        try (ObjectStore src = new LocalObjectStore(tmp.resolve("src")); ObjectStore dst = Servers.newAzure(az, "fault-many")) {
            Map<String, String> expected = TestBytes.put(src, objects);
            TransferOptions options = TransferFixtures.options(journalDir);

            TransferFailedException failure = runAndKillDestination(src, dst, options, total / 3, az::stop);
            az.start();
            TransferReport first = failure.partial();
            assertThat(first.copied()).isBetween(1L, count - 1L);

            TransferReport second = new TransferJob(src, dst, options).run(JobContext.silent());
            assertThat(second.skipped()).as("objects finished before the crash are not copied again").isEqualTo(first.copied());
            assertThat(second.copied() + second.skipped()).isEqualTo(count);
            assertThat(second.failed()).isZero();
            assertThat(TestBytes.fingerprint(dst)).isEqualTo(expected);
            assertThat(AbandonedUploads.list(dst, "")).isEmpty();
        }
    }

    /** Runs the transfer in the background, stops a server (usually the destination) once {@code afterBytes} were sent, expects failure. */
    private static TransferFailedException runAndKillDestination(ObjectStore src, ObjectStore dst, TransferOptions options,
                                                                 long afterBytes, Runnable stopServer) throws Exception {
        CountDownLatch reached = new CountDownLatch(1);
        JobContext context = new JobContext() {
            @Override
            public void progress(long done, long total, String message) {
                if (done >= afterBytes) reached.countDown();
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
        CompletableFuture<TransferReport> run = CompletableFuture.supplyAsync(() -> new TransferJob(src, dst, options).run(context));
        assertThat(reached.await(120, TimeUnit.SECONDS)).isTrue();
        stopServer.run();
        assertThatThrownBy(() -> run.get(120, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(TransferFailedException.class);
        try {
            run.get();
            throw new AssertionError("unreachable");
        } catch (ExecutionException e) {
            return (TransferFailedException) e.getCause();
        }
    }
}
