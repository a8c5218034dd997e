package dev.playlens.storage.transfer;

import dev.playlens.core.job.JobContext;
import dev.playlens.storage.ObjectStore;
import dev.playlens.storage.Servers;
import dev.playlens.storage.TestBytes;
import dev.playlens.storage.local.LocalObjectStore;
import dev.playlens.testsupport.RealServers;
import dev.playlens.testsupport.S3Server;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** An independent client (awscli) lists and downloads what Playlens uploaded, byte for byte. */
@ExtendWith(RealServers.class)
class AwsCliInteropTest {
    @TempDir
    Path tmp;

    @Test
    void awscliSeesAndDownloadsExactlyWhatWasUploaded(S3Server s3) throws Exception {
        Map<String, byte[]> objects = TransferFixtures.mixedObjects();
        String bucket;
        Map<String, String> expected;
        try (ObjectStore src = new LocalObjectStore(tmp.resolve("src")); ObjectStore dst = Servers.newS3(s3, "cli")) {
            expected = TransferFixtures.put(src, objects);
            TransferReport r = new TransferJob(src, dst, TransferFixtures.options(null)).run(JobContext.silent());
            assertThat(r.ok()).isTrue();
            bucket = dst.uri().getHost();
        }
        String listing = aws(s3, "s3", "ls", "--recursive", "s3://" + bucket + "/data/");
        for (var e : objects.entrySet()) {
            assertThat(listing).containsPattern("\\s" + e.getValue().length + "\\s+data/" + e.getKey().replace(".", "\\.") + "\\R");
        }
        Path down = tmp.resolve("down");
        aws(s3, "s3", "cp", "--recursive", "--only-show-errors", "s3://" + bucket + "/data/", down.toString());
        Map<String, String> got = new TreeMap<>();
        try (Stream<Path> files = Files.walk(down)) {
            for (Path f : files.filter(Files::isRegularFile).toList())
                got.put(down.relativize(f).toString(), TestBytes.sha256(Files.readAllBytes(f)));
        }
        assertThat(got).isEqualTo(expected);
    }

    static String aws(S3Server s3, String... args) throws IOException, InterruptedException {
        Path bin = Path.of("/usr/bin/aws");
        String exe = Files.isExecutable(bin) ? bin.toString() : "aws"; // Debian's awscli, else whatever is on PATH
        List<String> cmd = new java.util.ArrayList<>(List.of(exe, "--endpoint-url", s3.endpoint().toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("AWS_ACCESS_KEY_ID", s3.accessKey());
        pb.environment().put("AWS_SECRET_ACCESS_KEY", s3.secretKey());
        pb.environment().put("AWS_DEFAULT_REGION", s3.region());
        pb.environment().put("AWS_CONFIG_FILE", "/dev/null");
        pb.environment().put("AWS_SHARED_CREDENTIALS_FILE", "/dev/null");
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            throw new AssertionError("awscli is needed for this test: apt-get install -y awscli (" + e.getMessage() + ")", e);
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(String.join(" ", cmd) + "\n" + out).isZero();
        return out;
    }
}
