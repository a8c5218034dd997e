package dev.playlens.warehouse.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.playlens.warehouse.Dialect;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * How a real Redshift cluster loads a batch: the loader's validated staging rows become gzipped JSON-lines
 * objects in S3, listed by a manifest, mapped to the staging table's columns by a jsonpaths document, and
 * loaded with one {@code COPY … MANIFEST GZIP JSON … TIMEFORMAT 'epochmillisecs'} — the seed pipeline's
 * statement, but fed with rows that are already validated, numbered and carry their extra fields, so the
 * merge stays exact. Uploading is the caller's ({@link S3Staging#uploader()}); this class only produces
 * the documents and the SQL.
 */
public final class RedshiftCopyPlan {
    /** Staging columns in jsonpaths order (= the staging table's column order). */
    static final List<String> COLUMNS = List.of("seq", "event_id", "app_name", "event_version", "event_type",
            "event_timestamp", "client_id", "app_version", "level_id", "position_x", "position_y", "session_id", "extra");

    /** Where staging objects go and how Redshift may read them. */
    public record S3Staging(String s3Prefix, String iamRole, StagingUploader uploader) {
        public S3Staging {
            if (!s3Prefix.startsWith("s3://")) throw new IllegalArgumentException("not an s3:// prefix: " + s3Prefix);
            if (!s3Prefix.endsWith("/")) s3Prefix = s3Prefix + "/";
        }
    }

    /** Puts one object into S3 at an s3://bucket/key URL (the app wires the storage module's client in). */
    @FunctionalInterface
    public interface StagingUploader {
        void put(String s3Url, byte[] content) throws IOException;
    }

    /** One uploaded staging object, for the manifest. */
    public record StagedObject(String url, long contentLength) {
    }

    private static final JsonFactory JSON = new JsonFactory();

    private RedshiftCopyPlan() {
    }

    /** {"entries":[{"url":…, "mandatory":true, "meta":{"content_length":…}}, …]} */
    public static String manifest(List<StagedObject> objects) throws IOException {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeArrayFieldStart("entries");
            for (StagedObject o : objects) {
                g.writeStartObject();
                g.writeStringField("url", o.url());
                g.writeBooleanField("mandatory", true); // a missing object must fail the COPY, not shrink the load
                g.writeObjectFieldStart("meta");
                g.writeNumberField("content_length", o.contentLength());
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        return out.toString();
    }

    /** {"jsonpaths":["$.seq", "$.event_id", …]} in the staging table's column order. */
    public static String jsonPaths() throws IOException {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeArrayFieldStart("jsonpaths");
            for (String c : COLUMNS) g.writeString("$." + c);
            g.writeEndArray();
            g.writeEndObject();
        }
        return out.toString();
    }

    /** The COPY into the session's staging table; {@code iamRole} null means the cluster's default role. */
    public static String copySql(String manifestUrl, String jsonPathsUrl, String iamRole) {
        return "COPY " + Dialect.STAGING_TABLE + " (" + String.join(", ", COLUMNS) + ") FROM " + literal(manifestUrl)
                + " IAM_ROLE " + (iamRole == null ? "default" : literal(iamRole))
                + " MANIFEST GZIP JSON " + literal(jsonPathsUrl) + " TIMEFORMAT 'epochmillisecs'";
    }

    /** A staging file ({@link StagingFormat#POSTGRES_TEXT}) as a gzipped JSON-lines object. */
    public static byte[] stagingObject(Path stagingFile) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(bytes, 1 << 16);
             BufferedReader in = Files.newBufferedReader(stagingFile, StandardCharsets.UTF_8);
             JsonGenerator g = JSON.createGenerator(gz)) {
            g.setRootValueSeparator(null);
            String line;
            while ((line = in.readLine()) != null) {
                String[] v = StagingText.decode(line);
                g.writeStartObject();
                for (int i = 0; i < COLUMNS.size(); i++) {
                    String name = COLUMNS.get(i);
                    if (v[i] == null) continue; // absent = NULL for COPY … JSON
                    switch (name) {
                        case "seq", "event_timestamp" -> g.writeNumberField(name, Long.parseLong(v[i]));
                        case "position_x", "position_y" -> g.writeNumberField(name, Double.parseDouble(v[i]));
                        case "event_id" -> g.writeStringField(name, java.util.UUID.fromString(v[i]).toString());
                        default -> g.writeStringField(name, v[i]);
                    }
                }
                g.writeEndObject();
                g.flush();
                gz.write('\n');
            }
        }
        return bytes.toByteArray();
    }

    private static String literal(String s) {
        return "'" + s.replace("'", "''") + "'";
    }
}
