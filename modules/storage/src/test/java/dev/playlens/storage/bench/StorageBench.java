package dev.playlens.storage.bench;

import dev.playlens.core.job.JobContext;
import dev.playlens.storage.ObjectStore;
import dev.playlens.storage.ObjectStores;
import dev.playlens.storage.Servers;
import dev.playlens.storage.StoreSettings;
import dev.playlens.storage.TestBytes;
import dev.playlens.storage.local.LocalObjectStore;
import dev.playlens.storage.transfer.TransferJob;
import dev.playlens.storage.transfer.TransferOptions;
import dev.playlens.storage.transfer.TransferReport;
import dev.playlens.testsupport.AzuriteServer;
import dev.playlens.testsupport.RealServers;
import dev.playlens.testsupport.S3Server;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Not part of the test suite (no "Test" in the name): bench/storage/run.sh runs it with -Dtest=StorageBench.
 * S3→Blob through Playlens (streamed, verified) against {@code aws s3 cp} S3→local disk, on the same S3Proxy,
 * for one large object and for many small ones; and, to tell the destination's ceiling from Playlens's own,
 * local disk→Blob through Playlens and through Azure's own SDK ({@link AzureSdkUpload}) into the same Azurite.
 * Results go to target/bench-storage.md.
 */
@ExtendWith(RealServers.class)
class StorageBench {
    @TempDir
    Path tmp;

    @Test
    void s3ToBlobVersusAwsCli(S3Server s3, AzuriteServer az) throws Exception {
        long mb = Long.getLong("bench.mb", 1024);
        int smallCount = Integer.getInteger("bench.small", 1000);
        int parallel = Integer.getInteger("bench.parallel", 8);
        long total = mb << 20;
        StoreSettings settings = Servers.settings(s3, az);
        TransferOptions options = new TransferOptions(parallel, 16L << 20, tmp.resolve("journal"), 3, Duration.ofMillis(250));

        Path local = tmp.resolve("gen");
        generate(local.resolve("large/one.bin"), total, 1);
        for (int i = 0; i < smallCount; i++) generate(local.resolve(String.format("small/%04d.bin", i)), total / smallCount, 1000 + i);

        String bucket = Servers.freshName("bench");
        s3.createBucket(bucket);
        List<String> rows = new ArrayList<>();
        rows.add("| case | bytes | Playlens S3→Blob | Playlens disk→Blob | Azure SDK disk→Blob | Playlens S3→disk "
                + "| awscli S3→disk | S3→Blob ÷ SDK | disk→Blob ÷ SDK | S3→Blob ÷ awscli | S3→disk ÷ awscli |");
        rows.add("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        List<String> notes = new ArrayList<>();
        long t0 = System.nanoTime();
        try (ObjectStore src = new LocalObjectStore(local); ObjectStore dst = ObjectStores.open("s3://" + bucket + "/", settings)) {
            TransferReport up = new TransferJob(src, dst, options).run(JobContext.silent());
            assertThat(up.ok()).isTrue();
        }
        double setupSeconds = seconds(t0);
        warmUpAzure(az, settings, options);

        for (String prefix : List.of("large", "small")) {
            String container = Servers.freshName("bench-" + prefix);
            az.createContainer(container);
            long t1 = System.nanoTime();
            TransferReport r;
            try (ObjectStore src = ObjectStores.open("s3://" + bucket + "/" + prefix, settings);
                 ObjectStore dst = ObjectStores.open("azure://" + container + "/" + prefix, settings)) {
                r = new TransferJob(src, dst, options).run(JobContext.silent());
            }
            double playlens = seconds(t1);
            assertThat(r.ok()).as(r.failures().toString()).isTrue();
            assertThat(r.verified()).isEqualTo(r.objects());

            // the same bytes from the local disk into the same Azurite: Playlens, then Azure's own SDK
            double loadBefore = loadAverage();
            String fromDisk = Servers.freshName("bench-disk-" + prefix);
            az.createContainer(fromDisk);
            long tb = System.nanoTime();
            TransferReport b;
            try (ObjectStore src = new LocalObjectStore(local.resolve(prefix));
                 ObjectStore dst = ObjectStores.open("azure://" + fromDisk + "/" + prefix, settings)) {
                b = new TransferJob(src, dst, options).run(JobContext.silent());
            }
            double diskToBlob = seconds(tb);
            assertThat(b.ok()).as(b.failures().toString()).isTrue();
            assertThat(b.verified()).isEqualTo(b.objects());

            String bySdk = Servers.freshName("bench-sdk-" + prefix);
            az.createContainer(bySdk);
            AzureSdkUpload.Result sdk = prefix.equals("large")
                    ? AzureSdkUpload.file(az, local.resolve("large/one.bin"), bySdk, "large/one.bin", parallel)
                    : AzureSdkUpload.files(az, local.resolve("small"), bySdk, "small", parallel);
            assertThat(sdk.objects()).isEqualTo(r.objects());
            notes.add(String.format("- Azure SDK, %s: %.1f s for the process, %.1f s of it uploading (%s); load average "
                    + "%.1f before the disk→Blob pair, %.1f after.", prefix, sdk.seconds(), sdk.uploadSeconds(),
                    sdk.verification(), loadBefore, loadAverage()));

            // like for like with awscli: the same copy into the local disk
            long td = System.nanoTime();
            TransferReport d;
            try (ObjectStore src = ObjectStores.open("s3://" + bucket + "/" + prefix, settings);
                 ObjectStore dst = new LocalObjectStore(tmp.resolve("playlens-" + prefix))) {
                d = new TransferJob(src, dst, options).run(JobContext.silent());
            }
            double toDisk = seconds(td);
            assertThat(d.ok()).as(d.failures().toString()).isTrue();
            assertThat(d.verified()).isEqualTo(d.objects());

            Path down = tmp.resolve("aws-" + prefix);
            long t2 = System.nanoTime();
            aws(s3, "s3", "cp", "--recursive", "--only-show-errors", "s3://" + bucket + "/" + prefix + "/", down.toString());
            double awscli = seconds(t2);
            long bytes = prefix.equals("large") ? total : (total / smallCount) * smallCount;
            rows.add(String.format("| %s (%d object%s) | %d | %s | %s | %s | %s | %s | %.2f× | %.2f× | %.2f× | %.2f× |",
                    prefix, r.objects(), r.objects() == 1 ? "" : "s", bytes, rate(bytes, playlens), rate(bytes, diskToBlob),
                    rate(bytes, sdk.seconds()), rate(bytes, toDisk), rate(bytes, awscli), sdk.seconds() / playlens,
                    sdk.seconds() / diskToBlob, awscli / playlens, awscli / toDisk));
        }
        rows.add("");
        rows.add(String.format("Setup (not compared): local→S3 of both sets through Playlens in %.1f s, then a 48 MiB warm-up "
                + "into Azurite. parallel=%d, part 16 MiB, "
                + "%d cores, load average at end %.1f.", setupSeconds, parallel, Runtime.getRuntime().availableProcessors(),
                loadAverage()));
        rows.addAll(notes);
        String text = String.join("\n", rows) + "\n";
        Files.writeString(Path.of("target/bench-storage.md"), text);
        System.err.println(text);
    }

    /** Not timed: the first Blob transfer of a JVM loads and links the Azure SDK; the timed ones should not pay it. */
    private void warmUpAzure(AzuriteServer az, StoreSettings settings, TransferOptions options) throws IOException {
        Path warm = tmp.resolve("warm");
        generate(warm.resolve("staged.bin"), 40L << 20, 7);
        for (int i = 0; i < 8; i++) generate(warm.resolve("small-" + i + ".bin"), 1 << 20, 70 + i);
        String container = Servers.freshName("bench-warm");
        az.createContainer(container);
        try (ObjectStore src = new LocalObjectStore(warm); ObjectStore dst = ObjectStores.open("azure://" + container + "/", settings)) {
            assertThat(new TransferJob(src, dst, options).run(JobContext.silent()).ok()).isTrue();
        }
    }

    private static void generate(Path file, long size, long seed) throws IOException {
        Files.createDirectories(file.getParent());
        SplittableRandom random = new SplittableRandom(seed);
        byte[] buf = new byte[1 << 20];
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long left = size; left > 0; left -= buf.length) {
                for (int i = 0; i < buf.length; i += 8) {
                    long v = random.nextLong();
                    for (int k = 0; k < 8; k++) buf[i + k] = (byte) (v >>> (k * 8));
                }
                out.write(buf, 0, (int) Math.min(buf.length, left));
            }
        }
    }

    private static String rate(long bytes, double seconds) {
        return String.format("%.1f s, %.1f MB/s", seconds, bytes / 1e6 / seconds);
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static void aws(S3Server s3, String... args) throws IOException, InterruptedException {
        Path bin = Path.of("/usr/bin/aws");
        List<String> cmd = new ArrayList<>(List.of(Files.isExecutable(bin) ? bin.toString() : "aws",
                "--endpoint-url", s3.endpoint().toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("AWS_ACCESS_KEY_ID", s3.accessKey());
        pb.environment().put("AWS_SECRET_ACCESS_KEY", s3.secretKey());
        pb.environment().put("AWS_DEFAULT_REGION", s3.region());
        pb.environment().put("AWS_CONFIG_FILE", "/dev/null");
        pb.environment().put("AWS_SHARED_CREDENTIALS_FILE", "/dev/null");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
    }
}
