package dev.playlens.warehouse.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.playlens.core.job.JobContext;
import dev.playlens.warehouse.RedshiftDialect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RedshiftCopyPlanTest {
    @TempDir
    Path tmp;

    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void copyStatementIsTheSeedPipelinesWithManifestGzipJsonpathsAndMillis() {
        String sql = RedshiftCopyPlan.copySql("s3://bucket/stage/x.manifest", "s3://bucket/stage/jsonpaths.json",
                "arn:aws:iam::123456789012:role/loader");

        assertThat(sql).isEqualTo("COPY playlens_staging (seq, event_id, app_name, event_version, event_type,"
                + " event_timestamp, client_id, app_version, level_id, position_x, position_y, session_id, extra)"
                + " FROM 's3://bucket/stage/x.manifest' IAM_ROLE 'arn:aws:iam::123456789012:role/loader'"
                + " MANIFEST GZIP JSON 's3://bucket/stage/jsonpaths.json' TIMEFORMAT 'epochmillisecs'");
        assertThat(RedshiftCopyPlan.copySql("s3://b/it's.manifest", "s3://b/j", null))
                .contains("FROM 's3://b/it''s.manifest' IAM_ROLE default MANIFEST");
    }

    @Test
    void manifestListsEveryObjectAsMandatoryWithItsLength() throws Exception {
        JsonNode m = mapper.readTree(RedshiftCopyPlan.manifest(List.of(
                new RedshiftCopyPlan.StagedObject("s3://b/p/part-0.json.gz", 123),
                new RedshiftCopyPlan.StagedObject("s3://b/p/part-1.json.gz", 45))));

        assertThat(m.get("entries")).hasSize(2);
        assertThat(m.get("entries").get(1).get("url").asText()).isEqualTo("s3://b/p/part-1.json.gz");
        assertThat(m.get("entries").get(1).get("mandatory").asBoolean()).isTrue();
        assertThat(m.get("entries").get(0).get("meta").get("content_length").asLong()).isEqualTo(123);
    }

    @Test
    void jsonPathsFollowTheStagingColumns() throws Exception {
        JsonNode p = mapper.readTree(RedshiftCopyPlan.jsonPaths());

        assertThat(p.get("jsonpaths")).extracting(JsonNode::asText).containsExactly("$.seq", "$.event_id",
                "$.app_name", "$.event_version", "$.event_type", "$.event_timestamp", "$.client_id", "$.app_version",
                "$.level_id", "$.position_x", "$.position_y", "$.session_id", "$.extra");
    }

    @Test
    void stagingObjectsCarryTheValidatedRowsAsGzippedJsonLines() throws Exception {
        Path source = tmp.resolve("in.jsonl");
        Files.writeString(source, """
                {"app_name":"g","event_version":"1.0","event_id":"0F8FAD5B-D9CB-469F-A165-70867728950E","event_type":"death","event_timestamp":1508785119265,"client_id":"c","position_x":413.284,"session_id":"s","hp":0}
                {"app_name":"tab\\tname","event_version":"1.0","event_id":"1f8fad5b-d9cb-469f-a165-70867728950e","event_type":"t","event_timestamp":1508785119266,"client_id":"c"}
                """);
        Path staging = tmp.resolve("staging.tsv");
        new FileStager(StagingFormat.POSTGRES_TEXT).stage(LocalSourceFiles.of(source, "in.jsonl"), 3, staging,
                JobContext.silent(), new LoadProgress(JobContext.silent(), 0));

        byte[] object = RedshiftCopyPlan.stagingObject(staging);

        List<String> lines = new String(new GZIPInputStream(new ByteArrayInputStream(object)).readAllBytes(),
                StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(2);
        JsonNode first = mapper.readTree(lines.get(0));
        assertThat(first.get("seq").asLong()).isEqualTo((3L << 32) | 1);
        assertThat(first.get("event_id").asText()).isEqualTo("0f8fad5b-d9cb-469f-a165-70867728950e");
        assertThat(first.get("event_timestamp").asLong()).isEqualTo(1508785119265L);
        assertThat(first.get("position_x").asDouble()).isEqualTo(413.284);
        assertThat(first.has("position_y")).isFalse();
        assertThat(first.get("session_id").asText()).isEqualTo("s");
        assertThat(first.get("extra").asText()).isEqualTo("{\"hp\":0}");
        assertThat(mapper.readTree(lines.get(1)).get("app_name").asText()).isEqualTo("tab\tname");
    }

    @Test
    void onlyARealRedshiftWithS3StagingUsesCopy() {
        RedshiftCopyPlan.S3Staging s3 = new RedshiftCopyPlan.S3Staging("s3://bucket/stage", null, (url, bytes) -> { });

        assertThat(s3.s3Prefix()).isEqualTo("s3://bucket/stage/");
        assertThat(StagingLoader.forDialect(new RedshiftDialect(true), s3)).isInstanceOf(RedshiftCopyStaging.class);
        assertThat(StagingLoader.forDialect(new RedshiftDialect(false), s3)).isInstanceOf(RedshiftInsertStaging.class);
        assertThat(StagingLoader.forDialect(new RedshiftDialect(true), null)).isInstanceOf(RedshiftInsertStaging.class);
        assertThatThrownBy(() -> new RedshiftCopyPlan.S3Staging("/tmp/x", null, (u, b) -> { }))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
