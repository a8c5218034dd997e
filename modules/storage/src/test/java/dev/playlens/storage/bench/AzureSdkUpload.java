package dev.playlens.storage.bench;

import dev.playlens.testsupport.AzuriteServer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The benchmark's vendor peer: bench/storage/azure-sdk-upload.mjs uploads local files into Azurite with Azure's own
 * JavaScript SDK. Timed here around the whole process (Node start included, like awscli's Python start), and
 * the script's own upload-only time is kept beside it.
 */
final class AzureSdkUpload {
    /**
     * {@code seconds}: the process, wall clock; {@code uploadSeconds}: what the script timed around the upload;
     * {@code cpuSeconds}: the Node process's CPU time, start-up included.
     */
    record Result(double seconds, double uploadSeconds, double cpuSeconds, long bytes, int objects, String verification) {
    }

    private static final Pattern NUMBER = Pattern.compile("\"(seconds|cpuSeconds|bytes|objects)\":([0-9.eE+-]+)");
    private static final Pattern VERIFICATION = Pattern.compile("\"verification\":\"([^\"]*)\"");

    private AzureSdkUpload() {
    }

    /** One large file by {@code uploadFile}, {@code concurrency} 16 MiB blocks in flight. */
    static Result file(AzuriteServer az, Path file, String container, String blobName, int concurrency)
            throws IOException, InterruptedException {
        return run(az, "file", file, container, blobName, concurrency);
    }

    /** Every file of {@code directory} as one Put Blob under {@code prefix}, {@code inFlight} at a time. */
    static Result files(AzuriteServer az, Path directory, String container, String prefix, int inFlight)
            throws IOException, InterruptedException {
        return run(az, "files", directory, container, prefix, inFlight);
    }

    private static Result run(AzuriteServer az, String mode, Path source, String container, String name, int concurrency)
            throws IOException, InterruptedException {
        Path script = script();
        ProcessBuilder pb = new ProcessBuilder(List.of("node", script.toString(), mode, source.toString(), container,
                name, Integer.toString(concurrency))).directory(script.getParent().toFile()).redirectErrorStream(true);
        pb.environment().put("AZURE_STORAGE_CONNECTION_STRING", az.connectionString());
        long t0 = System.nanoTime();
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(30, TimeUnit.MINUTES)) throw new IllegalStateException("azure-sdk-upload.mjs did not finish");
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (p.exitValue() != 0) throw new IllegalStateException("azure-sdk-upload.mjs failed (" + p.exitValue() + "):\n" + out);
        String json = out.strip().lines().reduce((a, b) -> b).orElse("");
        double upload = 0;
        double cpu = Double.NaN;
        long bytes = 0;
        int objects = 0;
        for (Matcher m = NUMBER.matcher(json); m.find(); ) {
            switch (m.group(1)) {
                case "seconds" -> upload = Double.parseDouble(m.group(2));
                case "cpuSeconds" -> cpu = Double.parseDouble(m.group(2));
                case "bytes" -> bytes = Long.parseLong(m.group(2));
                default -> objects = Integer.parseInt(m.group(2));
            }
        }
        Matcher v = VERIFICATION.matcher(json);
        if (objects == 0) throw new IllegalStateException("no result from azure-sdk-upload.mjs:\n" + out);
        return new Result(seconds, upload, cpu, bytes, objects, v.find() ? v.group(1) : "?");
    }

    /** run.sh passes the script's path; otherwise it is found from the module directory Maven runs tests in. */
    private static Path script() {
        String explicit = System.getProperty("bench.sdkScript");
        Path script = explicit != null ? Path.of(explicit) : Path.of("../../bench/storage/azure-sdk-upload.mjs");
        if (!Files.exists(script.getParent().resolve("node_modules/@azure/storage-blob")))
            throw new IllegalStateException("run 'npm ci --prefix bench/storage' first (Azure's SDK for the peer upload)");
        return script.toAbsolutePath().normalize();
    }
}
