package dev.playlens.testsupport;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * S3Proxy (a real S3 API server) on 127.0.0.1 with a filesystem backend, run as its own JVM. Clients must use
 * {@link #endpoint()} as endpoint override with path-style access, {@link #region()} and the fixed test
 * credentials. {@link #stop()} and {@link #start()} restart it on the same port with the same data.
 */
public final class S3Server {
    private static final String ACCESS_KEY = "playlens-test-access-key";
    private static final String SECRET_KEY = "playlens-test-secret-key";
    private static final String REGION = "us-east-1";
    private static final Pattern BUCKET_NAME = Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private final ManagedProcess process;
    private final int port;

    private S3Server(ManagedProcess process, int port) {
        this.process = process;
        this.port = port;
    }

    static S3Server launch(ServerContext context) {
        long t0 = System.nanoTime();
        Path jar = S3ProxyJar.locate();
        Path home = context.directory("s3proxy");
        Path data = context.directory("s3proxy/data");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        S3Server server = context.onFreePort(port -> {
            Path properties = home.resolve("s3proxy.properties");
            ServerContext.writeFile(properties, String.join("\n",
                    "s3proxy.endpoint=http://" + FreePorts.HOST + ":" + port,
                    "s3proxy.authorization=aws-v2-or-v4",
                    "s3proxy.identity=" + ACCESS_KEY,
                    "s3proxy.credential=" + SECRET_KEY,
                    "jclouds.provider=filesystem",
                    "jclouds.filesystem.basedir=" + data,
                    ""));
            // A small, quick-starting JVM: C1 only, serial GC, and a class-data archive that the first run on
            // this machine writes at exit and later runs map (start-up ~3x faster); S3Proxy's logging at warn.
            ManagedProcess process = context.process("s3proxy", home, List.of(java.toString(),
                    "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                    "-XX:+AutoCreateSharedArchive", "-XX:SharedArchiveFile=" + classDataArchive(),
                    "-Xlog:cds=off", "-Xlog:cds+dynamic=off",
                    "-DLOG_LEVEL=warn", "-Dlogback.statusListenerClass=ch.qos.logback.core.status.NopStatusListener",
                    "-jar", jar.toString(), "--properties", properties.toString()), Map.of(), "TERM");
            S3Server s3 = new S3Server(process, port);
            s3.start();
            return s3;
        });
        ServerContext.announce("S3Proxy", server.port, t0);
        return server;
    }

    private static Path classDataArchive() {
        String jdk = System.getProperty("java.vm.version").replaceAll("[^A-Za-z0-9.+-]", "_");
        String user = System.getProperty("user.name").replaceAll("[^A-Za-z0-9]", "_");
        return Path.of(System.getProperty("java.io.tmpdir"), "playlens-s3proxy-" + user + "-" + jdk + ".jsa");
    }

    /** {@code http://127.0.0.1:PORT}; use as the SDK's endpoint override, with path-style access. */
    public URI endpoint() {
        return URI.create("http://" + FreePorts.HOST + ":" + port);
    }

    public String accessKey() {
        return ACCESS_KEY;
    }

    public String secretKey() {
        return SECRET_KEY;
    }

    public String region() {
        return REGION;
    }

    public int port() {
        return port;
    }

    /** Creates the bucket; a bucket that already exists is fine. */
    public void createBucket(String name) {
        if (name == null || !BUCKET_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("invalid S3 bucket name '" + name + "': 3-63 lower-case letters, digits, '.', '-'");
        }
        String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC));
        // AWS signature version 2: HMAC-SHA1 over verb, (empty) MD5 and type, date and resource.
        String signature = Signing.base64(Signing.hmac("HmacSHA1", SECRET_KEY.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "PUT\n\n\n" + date + "\n/" + name));
        HttpRequest request = HttpRequest.newBuilder(endpoint().resolve("/" + name))
                .header("Date", date)
                .header("Authorization", "AWS " + ACCESS_KEY + ":" + signature)
                .PUT(HttpRequest.BodyPublishers.noBody())
                .build();
        Signing.send(request, "create bucket " + name, 200, "BucketAlreadyOwnedByYou");
    }

    /**
     * Stops the server at once, like a crash (connections then fail); every write it acknowledged is on disk and
     * {@link #start()} serves it again.
     */
    public void stop() {
        process.kill(); // Jetty's graceful stop takes 1-2 s, and nothing is lost without it
    }

    /** The clean stop at the end of the run (lets the JVM write its class-data archive). */
    void shutdown() {
        process.stop();
    }

    /** Starts the server again on the same port with the same data; a no-op when it runs. */
    public void start() {
        process.start(port, () -> FreePorts.accepts(port), START_TIMEOUT);
    }

    public boolean isRunning() {
        return process.isRunning();
    }
}
