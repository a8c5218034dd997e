package dev.playlens.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Azurite's Blob service on 127.0.0.1 (from npm, see tools/azurite), with the well-known development account
 * {@code devstoreaccount1}. API-version checks are off because the Java SDK sends a newer version than Azurite
 * knows. {@link #stop()} and {@link #start()} restart it on the same port with the same data.
 */
public final class AzuriteServer {
    static final String ACCOUNT = "devstoreaccount1";
    /** Azurite's published development key (not a secret). */
    static final String KEY = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private static final Pattern CONTAINER_NAME = Pattern.compile("[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]");
    private static final String API_VERSION = "2021-12-02";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private final ManagedProcess process;
    private final int port;

    private AzuriteServer(ManagedProcess process, int port) {
        this.process = process;
        this.port = port;
    }

    static AzuriteServer launch(ServerContext context) {
        long t0 = System.nanoTime();
        Path script = azuriteBlobScript();
        Path node = Executables.require("node", "nodejs npm");
        Path home = context.directory("azurite");
        Path data = context.directory("azurite/data");
        AzuriteServer server = context.onFreePort(port -> {
            ManagedProcess process = context.process("azurite", home, List.of(node.toString(), script.toString(),
                    "--blobHost", FreePorts.HOST, "--blobPort", Integer.toString(port), "--location", data.toString(),
                    "--silent", "--disableTelemetry", "--skipApiVersionCheck"), Map.of(), "TERM");
            AzuriteServer azurite = new AzuriteServer(process, port);
            azurite.start();
            return azurite;
        });
        ServerContext.announce("Azurite Blob", server.port, t0);
        return server;
    }

    /** A connection string for the Azure SDK's builders ({@code connectionString(...)}). */
    public String connectionString() {
        return "DefaultEndpointsProtocol=http;AccountName=" + ACCOUNT + ";AccountKey=" + KEY
                + ";BlobEndpoint=" + blobEndpoint() + ";";
    }

    /** {@code http://127.0.0.1:PORT/devstoreaccount1} (path-style: the account is the first path segment). */
    public String blobEndpoint() {
        return "http://" + FreePorts.HOST + ":" + port + "/" + ACCOUNT;
    }

    public String accountName() {
        return ACCOUNT;
    }

    public String accountKey() {
        return KEY;
    }

    public int port() {
        return port;
    }

    /** Creates the blob container; one that already exists is fine. */
    public void createContainer(String name) {
        if (name == null || !CONTAINER_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("invalid container name '" + name
                    + "': 3-63 lower-case letters, digits and single hyphens");
        }
        String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC));
        // Shared Key: verb, eleven standard headers (all empty here), canonical x-ms-* headers, canonical resource.
        String toSign = "PUT\n" + "\n".repeat(11)
                + "x-ms-date:" + date + "\nx-ms-version:" + API_VERSION + "\n"
                + "/" + ACCOUNT + "/" + ACCOUNT + "/" + name + "\nrestype:container";
        String signature = Signing.base64(Signing.hmac("HmacSHA256", Base64.getDecoder().decode(KEY), toSign));
        HttpRequest request = HttpRequest.newBuilder(URI.create(blobEndpoint() + "/" + name + "?restype=container"))
                .header("x-ms-date", date)
                .header("x-ms-version", API_VERSION)
                .header("Authorization", "SharedKey " + ACCOUNT + ":" + signature)
                .PUT(HttpRequest.BodyPublishers.noBody())
                .build();
        Signing.send(request, "create container " + name, 201, "ContainerAlreadyExists");
    }

    /** Stops the server (connections then fail); its data stays for {@link #start()}. */
    public void stop() {
        process.stop();
    }

    /** Starts the server again on the same port with the same data; a no-op when it runs. */
    public void start() {
        process.start(port, () -> FreePorts.accepts(port), START_TIMEOUT);
    }

    public boolean isRunning() {
        return process.isRunning();
    }

    private static Optional<Path> besideTheBuild() {
        return BuildProperties.get("azurite.dir")
                .map(dir -> Path.of(dir, "node_modules", ".bin", "azurite-blob").normalize())
                .filter(Files::exists);
    }

    /**
     * azurite-blob's entry point: the explicit property, else tools/azurite above the working directory or beside
     * the checkout that built test-support, else PATH.
     */
    private static Path azuriteBlobScript() {
        String explicit = System.getProperty("playlens.azurite.bin", System.getenv("PLAYLENS_AZURITE_BIN"));
        Optional<Path> bin = explicit != null ? Optional.of(Path.of(explicit))
                : Executables.aboveWorkingDirectory("tools/azurite/node_modules/.bin/azurite-blob")
                        .or(AzuriteServer::besideTheBuild)
                        .or(() -> Executables.find("azurite-blob"));
        if (bin.isEmpty() || !Files.exists(bin.get())) {
            throw new MissingTestDependencyException("Azurite (tools/azurite/node_modules/.bin/azurite-blob)",
                    "run 'npm ci' in tools/azurite (needs Node.js 20+ and npm)");
        }
        try {
            return bin.get().toRealPath(); // the script itself, so the process is node and not a shell
        } catch (IOException e) {
            throw new MissingTestDependencyException("Azurite at " + bin.get() + " (" + e.getMessage() + ")",
                    "run 'npm ci' in tools/azurite");
        }
    }
}
