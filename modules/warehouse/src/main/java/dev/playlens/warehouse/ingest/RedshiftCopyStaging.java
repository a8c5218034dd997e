package dev.playlens.warehouse.ingest;

import dev.playlens.warehouse.Dialect;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Staging for a real Redshift cluster: uploads each staging file as a gzipped JSON-lines object, then
 * (when the merge asks for the relation) the manifest and jsonpaths documents, and runs the COPY.
 */
final class RedshiftCopyStaging extends StagingLoader {
    private final RedshiftCopyPlan.S3Staging s3;
    private final String batchPrefix;
    private final List<RedshiftCopyPlan.StagedObject> objects = new ArrayList<>();
    private Connection connection;

    RedshiftCopyStaging(Dialect dialect, RedshiftCopyPlan.S3Staging s3) {
        super(dialect);
        this.s3 = s3;
        this.batchPrefix = s3.s3Prefix() + "playlens-load-" + UUID.randomUUID() + "/";
    }

    @Override
    StagingFormat format() {
        return StagingFormat.POSTGRES_TEXT;
    }

    @Override
    void begin(Connection c) throws SQLException {
        super.begin(c);
        objects.clear();
        connection = c;
    }

    @Override
    void load(Connection c, Path file) throws IOException {
        byte[] object = RedshiftCopyPlan.stagingObject(file);
        String url = batchPrefix + "part-" + objects.size() + ".json.gz";
        s3.uploader().put(url, object);
        objects.add(new RedshiftCopyPlan.StagedObject(url, object.length));
    }

    /** Uploads the manifest and jsonpaths and COPYs everything into the staging table, then names it. */
    @Override
    String relation() {
        try {
            String manifest = batchPrefix + "batch-" + UUID.randomUUID() + ".manifest";
            String jsonPaths = batchPrefix + "jsonpaths.json";
            s3.uploader().put(manifest, RedshiftCopyPlan.manifest(objects).getBytes(StandardCharsets.UTF_8));
            s3.uploader().put(jsonPaths, RedshiftCopyPlan.jsonPaths().getBytes(StandardCharsets.UTF_8));
            try (Statement st = connection.createStatement()) {
                st.execute(RedshiftCopyPlan.copySql(manifest, jsonPaths, s3.iamRole()));
            }
            return super.relation();
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("Redshift COPY of the staged batch failed: " + e.getMessage(), e);
        }
    }
}
