package dev.playlens.app.storage;

import dev.playlens.storage.ObjectInfo;
import dev.playlens.storage.ObjectStore;
import dev.playlens.storage.local.LocalObjectStore;
import dev.playlens.testsupport.RealData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Previews of the real sample files: the seed pipeline's telemetry, a real CSV, Parquet made from it, a level image. */
class ObjectPreviewerTest {
    @TempDir
    Path root;
    private final ObjectPreviewer previewer = new ObjectPreviewer(5, new ParquetPreview());

    @Test
    void jsonLinesArePrettyPrintedFirstLinesOnlyPlainOrGzip() throws Exception {
        Path events = RealData.file("aws-pipeline/heatmap-sample-data.txt");
        Files.copy(events, root.resolve("events.json"));
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(root.resolve("events.json.gz")))) {
            Files.copy(events, out);
        }
        try (ObjectStore store = new LocalObjectStore(root)) {
            for (String key : List.of("events.json", "events.json.gz")) {
                Preview.Text text = (Preview.Text) previewer.preview(store, store.stat(key).orElseThrow());
                assertThat(text.note()).isEqualTo("First 5 lines");
                assertThat(text.text()).contains("\"event_type\" : \"player_death\"").contains("\n  \"level_id\" : \"test_level\"");
                assertThat(text.text().split("\"event_id\"", -1)).hasSize(6);
            }
        }
    }

    @Test
    void aLineThatIsNotJsonIsShownAndCounted() throws Exception {
        Files.writeString(root.resolve("mixed.jsonl"), "{\"a\":1}\nnot json\n{\"b\":2}\n");
        try (ObjectStore store = new LocalObjectStore(root)) {
            Preview.Text text = (Preview.Text) previewer.preview(store, store.stat("mixed.jsonl").orElseThrow());
            assertThat(text.note()).isEqualTo("First 3 lines, 1 not JSON");
            assertThat(text.text()).contains("// line 2 is not JSON: not json");
        }
    }

    @Test
    void csvIsAGridWithItsHeaderAndQuotedFields() throws Exception {
        Files.copy(RealData.file("WA_Fn-UseC_-Telco-Customer-Churn.csv"), root.resolve("churn.csv"));
        Files.writeString(root.resolve("quoted.csv"), "name,note\r\n\"Smith, J\",\"said \"\"hi\"\"\nthen left\"\r\nx,y", StandardCharsets.UTF_8);
        try (ObjectStore store = new LocalObjectStore(root)) {
            Preview.Table churn = (Preview.Table) previewer.preview(store, store.stat("churn.csv").orElseThrow());
            assertThat(churn.columns()).hasSize(21).startsWith("customerID", "gender").endsWith("Churn");
            assertThat(churn.rows()).hasSize(5);
            assertThat(churn.rows().getFirst()).hasSize(21).startsWith("7590-VHVEG");
            Preview.Table quoted = (Preview.Table) previewer.preview(store, store.stat("quoted.csv").orElseThrow());
            assertThat(quoted.rows()).containsExactly(List.of("Smith, J", "said \"hi\"\nthen left"), List.of("x", "y"));
        }
    }

    @Test
    void parquetShowsSchemaCountAndFirstRows() throws Exception {
        Path csv = RealData.file("cookie_cats.csv");
        Path parquet = root.resolve("cats.parquet");
        try (var c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
            st.execute("COPY (SELECT * FROM read_csv('" + csv + "')) TO '" + parquet + "' (FORMAT parquet)");
        }
        try (ObjectStore store = new LocalObjectStore(root)) {
            Preview.Table t = (Preview.Table) previewer.preview(store, store.stat("cats.parquet").orElseThrow());
            assertThat(t.columns()).containsExactly("userid", "version", "sum_gamerounds", "retention_1", "retention_7");
            assertThat(t.rows()).hasSize(5);
            assertThat(t.note()).startsWith("90,189 rows; first 5 shown. Schema: userid BIGINT, version VARCHAR");
        }
    }

    @Test
    void imagesComeWholeAndOtherTypesSayWhyThereIsNoPreview() throws Exception {
        Path png = RealData.file("aws-pipeline/level_screenshot_512x512.png");
        Files.copy(png, root.resolve("level.png"));
        Files.write(root.resolve("blob.bin"), new byte[]{1, 2, 3});
        try (ObjectStore store = new LocalObjectStore(root)) {
            Preview.Image image = (Preview.Image) previewer.preview(store, store.stat("level.png").orElseThrow());
            assertThat(image.bytes()).isEqualTo(Files.readAllBytes(png));
            Preview.None none = (Preview.None) previewer.preview(store, store.stat("blob.bin").orElseThrow());
            assertThat(none.message()).isEqualTo("No preview for BIN file.");
            assertThat(previewer.preview(store, ObjectInfo.prefix("events/"))).isInstanceOf(Preview.None.class);
        }
    }

    @Test
    void kindsComeFromTheExtension() {
        assertThat(ObjectKind.describe("a/b.json.gz")).isEqualTo("JSON lines (gzip)");
        assertThat(ObjectKind.describe("a/")).isEqualTo("folder");
        assertThat(ObjectKind.describe("x.PNG")).isEqualTo("image");
        assertThat(ObjectKind.describe("x.parquet")).isEqualTo("Parquet");
        assertThat(ObjectKind.describe("README")).isEqualTo("file");
    }
}
