package dev.playlens.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.core.sync.ResponseTransformer;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

@ExtendWith(RealServers.class)
class S3ServerTest {
    private static S3Client s3;

    @BeforeAll
    static void client(S3Server server) {
        s3 = S3Client.builder()
                .endpointOverride(server.endpoint())
                .forcePathStyle(true)
                .region(Region.of(server.region()))
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(server.accessKey(), server.secretKey())))
                .build();
    }

    @AfterAll
    static void close() {
        s3.close();
    }

    @Test
    void endpointIsLoopbackHttp(S3Server server) {
        assertThat(server.endpoint().toString()).isEqualTo("http://127.0.0.1:" + server.port());
    }

    @Test
    void putGetAndListWithTheAwsSdk(S3Server server) {
        server.createBucket("telemetry");
        server.createBucket("telemetry"); // idempotent
        String body = "{\"event\":\"death\",\"x\":1.5}\n".repeat(1000);
        s3.putObject(b -> b.bucket("telemetry").key("raw/2024/01/events.jsonl"), RequestBody.fromString(body));
        s3.putObject(b -> b.bucket("telemetry").key("raw/2024/02/events.jsonl"), RequestBody.fromString("{}"));

        String read = s3.getObject(b -> b.bucket("telemetry").key("raw/2024/01/events.jsonl"),
                ResponseTransformer.toBytes()).asUtf8String();
        assertThat(read).isEqualTo(body);
        assertThat(s3.listObjectsV2(b -> b.bucket("telemetry").prefix("raw/2024/")).contents())
                .extracting(S3Object::key, S3Object::size)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("raw/2024/01/events.jsonl", (long) body.length()),
                        org.assertj.core.groups.Tuple.tuple("raw/2024/02/events.jsonl", 2L));
        assertThat(s3.listBuckets().buckets()).anyMatch(b -> b.name().equals("telemetry"));
    }

    @Test
    void wrongCredentialsAreRejected(S3Server server) {
        server.createBucket("guarded");
        try (S3Client intruder = S3Client.builder().endpointOverride(server.endpoint()).forcePathStyle(true)
                .region(Region.of(server.region()))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(server.accessKey(), "wrong")))
                .build()) {
            assertThatThrownBy(() -> intruder.listObjectsV2(b -> b.bucket("guarded")))
                    .hasMessageContaining("403");
        }
    }

    @Test
    void stopMakesCallsFailAndStartBringsBackTheSameData(S3Server server) {
        server.createBucket("durable");
        s3.putObject(b -> b.bucket("durable").key("k"), RequestBody.fromString("kept"));
        int port = server.port();

        server.stop();
        assertThat(server.isRunning()).isFalse();
        assertThat(FreePorts.accepts(port)).isFalse();
        try (S3Client once = S3Client.builder().endpointOverride(server.endpoint()).forcePathStyle(true)
                .region(Region.of(server.region()))
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(server.accessKey(), server.secretKey())))
                .overrideConfiguration(o -> o
                        .retryStrategy(b -> b.maxAttempts(1)))
                .build()) {
            assertThatThrownBy(() -> once.getObject(b -> b.bucket("durable").key("k"), ResponseTransformer.toBytes()))
                    .isInstanceOf(software.amazon.awssdk.core.exception.SdkClientException.class);
        }

        server.start();
        assertThat(server.port()).isEqualTo(port);
        assertThat(s3.getObject(b -> b.bucket("durable").key("k"), ResponseTransformer.toBytes()).asUtf8String())
                .isEqualTo("kept");
    }

    @Test
    void rejectsInvalidBucketNames(S3Server server) {
        assertThatThrownBy(() -> server.createBucket("Bad_Name")).isInstanceOf(IllegalArgumentException.class);
    }
}
