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
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Not part of the test suite (no "Test" in the name): bench/storage/run.sh runs it with -Dtest=StorageBench.
 * S3→Blob through Playlens (streamed, verified) against {@code aws s3 cp} S3→local disk, on the same S3Proxy,
 * for one large object and for many small ones; and, to tell the destination's ceiling from Playlens's own,
 * local disk→Blob through Playlens and through Azure's own SDK ({@link AzureSdkUpload}) into the same Azurite.
 * Every transfer runs {@code bench.rounds} times (the three into Blob in a rotating order) and the median
 * round is reported, with the CPU seconds Azurite, the client and S3Proxy spent on it.
 * Results go to target/bench-storage.md.
 */
@ExtendWith(RealServers.class)
class StorageBench {
    private enum Way {
        S3_TO_BLOB("Playlens S3→Blob"), DISK_TO_BLOB("Playlens disk→Blob"), SDK_DISK_TO_BLOB("Azure SDK disk→Blob"),
        S3_TO_DISK("Playlens S3→disk"), AWSCLI_S3_TO_DISK("awscli S3→disk");

        final String label;

        Way(String label) {
            this.label = label;
        }
    }

    /** One timed transfer: wall clock, and CPU seconds of Azurite, of the client process and of S3Proxy. */
    private record Sample(double seconds, double azuriteCpu, double clientCpu, double s3proxyCpu) {
    }

    @TempDir
    Path tmp;

    private S3Server s3;
    private AzuriteServer az;
    private StoreSettings settings;
    private TransferOptions options;
    private String bucket;
    private Path local;
    private int parallel;

    @Test
    void s3ToBlobVersusAwsCli(S3Server s3, AzuriteServer az) throws Exception {
        this.s3 = s3;
        this.az = az;
        long mb = Long.getLong("bench.mb", 1024);
        int smallCount = Integer.getInteger("bench.small", 1000);
        int rounds = Integer.getInteger("bench.rounds", 3);
        parallel = Integer.getInteger("bench.parallel", 8);
        long total = mb << 20;
        settings = Servers.settings(s3, az);
        options = new TransferOptions(parallel, 16L << 20, tmp.resolve("journal"), 3, Duration.ofMillis(250));

        local = tmp.resolve("gen");
        generate(local.resolve("large/one.bin"), total, 1);
        for (int i = 0; i < smallCount; i++) generate(local.resolve(String.format("small/%04d.bin", i)), total / smallCount, 1000 + i);

        bucket = Servers.freshName("bench");
        s3.createBucket(bucket);
        long t0 = System.nanoTime();
        try (ObjectStore src = new LocalObjectStore(local); ObjectStore dst = ObjectStores.open("s3://" + bucket + "/", settings)) {
            TransferReport up = new TransferJob(src, dst, options).run(JobContext.silent());
            assertThat(up.ok()).isTrue();
        }
        double setupSeconds = seconds(t0);
        warmUpAzure();

        List<String> rows = new ArrayList<>(List.of(
                "| case | bytes | Playlens S3→Blob | Playlens disk→Blob | Azure SDK disk→Blob | Playlens S3→disk "
                        + "| awscli S3→disk | S3→Blob ÷ SDK | disk→Blob ÷ SDK | S3→Blob ÷ awscli | S3→disk ÷ awscli |",
                "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"));
        List<String> cpuRows = new ArrayList<>(List.of(
                "| case | transfer | median | all rounds (s) | Azurite CPU s (busy) | client CPU s | S3Proxy CPU s |",
                "|---|---|---:|---|---:|---:|---:|"));
        for (String prefix : List.of("large", "small")) {
            long bytes = prefix.equals("large") ? total : (total / smallCount) * smallCount;
            String name = prefix.equals("large") ? "1 object" : smallCount + " objects";
            Map<Way, List<Sample>> samples = new EnumMap<>(Way.class);
            for (int round = 0; round < rounds; round++) {
                List<Way> order = new ArrayList<>(List.of(Way.S3_TO_BLOB, Way.DISK_TO_BLOB, Way.SDK_DISK_TO_BLOB));
                Collections.rotate(order, -round);
                order.addAll(List.of(Way.S3_TO_DISK, Way.AWSCLI_S3_TO_DISK));
                for (Way way : order) samples.computeIfAbsent(way, w -> new ArrayList<>()).add(measure(way, prefix, round, smallCount));
            }
            Map<Way, Sample> median = new EnumMap<>(Way.class);
            samples.forEach((way, list) -> median.put(way, median(list)));
            double blob = median.get(Way.S3_TO_BLOB).seconds(), disk = median.get(Way.DISK_TO_BLOB).seconds();
            double sdk = median.get(Way.SDK_DISK_TO_BLOB).seconds(), toDisk = median.get(Way.S3_TO_DISK).seconds();
            double awscli = median.get(Way.AWSCLI_S3_TO_DISK).seconds();
            rows.add(String.format("| %s (%s) | %d | %s | %s | %s | %s | %s | %.2f× | %.2f× | %.2f× | %.2f× |", prefix, name, bytes,
                    rate(bytes, blob), rate(bytes, disk), rate(bytes, sdk), rate(bytes, toDisk), rate(bytes, awscli),
                    sdk / blob, sdk / disk, awscli / blob, awscli / toDisk));
            for (Way way : Way.values()) {
                Sample m = median.get(way);
                cpuRows.add(String.format("| %s | %s | %s | %s | %.1f (%.0f %%) | %s | %.1f |", prefix, way.label, rate(bytes, m.seconds()),
                        samples.get(way).stream().map(x -> String.format("%.1f", x.seconds())).collect(Collectors.joining(" / ")),
                        m.azuriteCpu(), 100 * m.azuriteCpu() / m.seconds(),
                        Double.isNaN(m.clientCpu()) ? "–" : String.format("%.1f", m.clientCpu()), m.s3proxyCpu()));
            }
        }
        rows.add("");
        rows.add(String.format("Median of %d rounds. Setup (not compared): local→S3 of both sets through Playlens in %.1f s, "
                        + "then a 48 MiB warm-up into Azurite. parallel=%d, part 16 MiB, %d cores, load average at end %.1f.",
                rounds, setupSeconds, parallel, Runtime.getRuntime().availableProcessors(), loadAverage()));
        rows.add("");
        rows.addAll(cpuRows);
        String text = String.join("\n", rows) + "\n";
        Files.writeString(Path.of("target/bench-storage.md"), text);
        System.err.println(text);
    }

    private Sample measure(Way way, String prefix, int round, int smallCount) throws Exception {
        // without /proc (not Linux) the CPU columns read NaN; the timings stand alone
        ProcessCpu azurite = ProcessCpu.azurite(az.port()).orElse(ProcessCpu.UNKNOWN);
        ProcessCpu s3proxy = ProcessCpu.s3proxy().orElse(ProcessCpu.UNKNOWN);
        ProcessCpu self = ProcessCpu.self();
        Path target = tmp.resolve(way.name().toLowerCase(Locale.ROOT) + "-" + prefix + "-" + round);
        String container = null; // created before the clock starts
        if (way == Way.S3_TO_BLOB || way == Way.DISK_TO_BLOB || way == Way.SDK_DISK_TO_BLOB) {
            container = Servers.freshName("bench-" + way.ordinal() + "-" + prefix);
            az.createContainer(container);
        }
        double clientCpu = Double.NaN;
        double azBefore = azurite.seconds(), s3Before = s3proxy.seconds(), selfBefore = self.seconds();
        double childrenBefore = ProcessCpu.endedChildren();
        long t0 = System.nanoTime();
        switch (way) {
            case S3_TO_BLOB -> copy("s3://" + bucket + "/" + prefix, "azure://" + container + "/" + prefix);
            case DISK_TO_BLOB -> copy(null, "azure://" + container + "/" + prefix);
            case S3_TO_DISK -> copy("s3://" + bucket + "/" + prefix, target.toString());
            case SDK_DISK_TO_BLOB -> {
                AzureSdkUpload.Result r = prefix.equals("large")
                        ? AzureSdkUpload.file(az, local.resolve("large/one.bin"), container, "large/one.bin", parallel)
                        : AzureSdkUpload.files(az, local.resolve("small"), container, "small", parallel);
                assertThat(r.objects()).isEqualTo(prefix.equals("large") ? 1 : smallCount);
                clientCpu = r.cpuSeconds();
            }
            case AWSCLI_S3_TO_DISK ->
                    aws(s3, "s3", "cp", "--recursive", "--only-show-errors", "s3://" + bucket + "/" + prefix + "/", target.toString());
        }
        double wall = seconds(t0);
        if (way == Way.AWSCLI_S3_TO_DISK) clientCpu = ProcessCpu.endedChildren() - childrenBefore;
        else if (way != Way.SDK_DISK_TO_BLOB) clientCpu = self.seconds() - selfBefore;
        Sample sample = new Sample(wall, azurite.seconds() - azBefore, clientCpu, s3proxy.seconds() - s3Before);
        if (Files.exists(target)) deleteTree(target); // keeps the disk from filling over the rounds
        return sample;
    }

    /** Playlens's verified copy; a null source is the local folder of the destination's prefix. */
    private void copy(String source, String destination) {
        String prefix = destination.substring(destination.lastIndexOf('/') + 1);
        try (ObjectStore src = source == null ? new LocalObjectStore(local.resolve(prefix)) : ObjectStores.open(source, settings);
             ObjectStore dst = destination.contains("://") ? ObjectStores.open(destination, settings)
                     : new LocalObjectStore(Path.of(destination))) {
            TransferReport r = new TransferJob(src, dst, options).run(JobContext.silent());
            assertThat(r.ok()).as(r.failures().toString()).isTrue();
            assertThat(r.verified()).isEqualTo(r.objects());
        }
    }

    private static Sample median(List<Sample> samples) {
        List<Sample> sorted = samples.stream().sorted(Comparator.comparingDouble(Sample::seconds)).toList();
        return sorted.get(sorted.size() / 2);
    }

    /** Not timed: the first Blob transfer of a JVM loads and links the Azure SDK; the timed ones should not pay it. */
    private void warmUpAzure() throws IOException {
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

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
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
