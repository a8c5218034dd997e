package dev.playlens.publish.batch;

import dev.playlens.core.job.JobContext;
import dev.playlens.publish.Prediction;
import dev.playlens.publish.PublishTarget;
import dev.playlens.storage.ObjectStore;
import dev.playlens.storage.StoreLocation;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Prediction files under {@code predictions/<model>/<version>/}: {@code predictions.csv} and
 * {@code predictions.parquet}. Rows stream into a local temporary CSV; at commit the Parquet file is made from it
 * by an in-memory DuckDB, and both are handed to the {@link FileStore}, which makes each visible whole.
 */
public final class FileTarget implements PublishTarget {
    public enum Format { CSV, PARQUET }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS")
            .withZone(ZoneOffset.UTC);

    private final String location;
    private final FileStore store;
    private final Set<Format> formats;
    private final Path scratch;

    public FileTarget(String location, FileStore store, Set<Format> formats, Path scratch) {
        if (formats.isEmpty()) throw new IllegalArgumentException("--to " + location + ": no file format");
        this.location = location;
        this.store = store;
        this.formats = Set.copyOf(formats);
        this.scratch = scratch;
    }

    /** {@code file:/abs/path} or a plain path: a local folder used as a bucket, both formats. */
    public static FileTarget localFolder(String to, Path scratch) {
        Path root = Path.of(to.startsWith("file:") ? java.net.URI.create(to).getPath() : to).toAbsolutePath();
        return new FileTarget(to, FileStore.localFolder(root), Set.of(Format.CSV, Format.PARQUET), scratch);
    }

    /**
     * {@code s3://bucket/prefix} or {@code azure://container/prefix}: the same keys uploaded to the bucket, both
     * formats. {@code opener} opens the store with the caller's settings.
     */
    public static FileTarget bucket(String to, Function<String, ObjectStore> opener, Path scratch) {
        StoreLocation.parse(to); // a URI without bucket or container is bad usage, before any upload
        return new FileTarget(to, new ObjectFileStore(to, opener), Set.of(Format.CSV, Format.PARQUET), scratch);
    }

    public static String prefix(String model, int version) {
        return "predictions/" + model + "/" + version + "/";
    }

    @Override
    public String describe() {
        return location;
    }

    @Override
    public Session open(String model, int version, JobContext context) throws IOException {
        store.check();
        Files.createDirectories(scratch);
        Path csv = Files.createTempFile(scratch, "predictions-", ".csv");
        BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8);
        out.write(CsvRows.HEADER);
        out.write('\n');
        return new Session() {
            private long rows;
            private boolean open = true;

            @Override
            public void write(List<Prediction> batch) throws IOException {
                StringBuilder sb = new StringBuilder(batch.size() * 96);
                for (Prediction p : batch) CsvRows.append(sb, p, TIME.format(p.scoredAt()));
                out.write(sb.toString());
                rows += batch.size();
            }

            @Override
            public long commit() throws Exception {
                out.close();
                String prefix = prefix(model, version);
                try {
                    if (formats.contains(Format.PARQUET)) {
                        Path parquet = Files.createTempFile(scratch, "predictions-", ".parquet");
                        toParquet(csv, parquet);
                        store.commit(parquet, prefix + "predictions.parquet");
                    }
                    if (formats.contains(Format.CSV)) store.commit(csv, prefix + "predictions.csv");
                } finally {
                    abort();
                }
                return rows;
            }

            @Override
            public void abort() {
                if (!open) return;
                open = false;
                try {
                    out.close();
                    Files.deleteIfExists(csv);
                } catch (IOException ignored) {
                    // a scratch file; nothing a reader can see
                }
            }
        };
    }

    private static void toParquet(Path csv, Path parquet) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
             java.sql.Statement st = c.createStatement()) {
            // Both paths are our own scratch files; quoted as SQL literals because COPY takes no parameters.
            st.execute("COPY (SELECT * FROM read_csv(" + literal(csv) + ", header = true, columns = {"
                     + "'model': 'VARCHAR', 'version': 'INTEGER', 'user_id': 'VARCHAR', 'score': 'DOUBLE', "
                     + "'label': 'INTEGER', 'cluster': 'INTEGER', 'scored_at': 'TIMESTAMP'})) TO " + literal(parquet)
                     + " (FORMAT parquet)");
        }
    }

    private static String literal(Path p) {
        return "'" + p.toAbsolutePath().toString().replace("'", "''") + "'";
    }
}
