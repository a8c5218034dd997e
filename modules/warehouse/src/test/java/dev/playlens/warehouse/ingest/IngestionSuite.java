package dev.playlens.warehouse.ingest;

import dev.playlens.core.job.JobCancelledException;
import dev.playlens.core.job.JobContext;
import dev.playlens.testsupport.RealData;
import dev.playlens.warehouse.Warehouse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The ingestion behaviour every engine must show; subclasses supply a fresh, empty warehouse per test.
 * Expected results come from {@link ExpectedLoad} (core's TelemetryJson line by line), never from the loader.
 */
abstract class IngestionSuite {
    @TempDir
    Path tmp;
    private final List<Warehouse> opened = new ArrayList<>();

    /** A fresh, empty warehouse; {@code name} is unique within the test class. */
    protected abstract Warehouse newWarehouse(String name) throws Exception;

    /** Smaller batches on slow engines keep the suite quick. */
    protected LoadOptions options() {
        return LoadOptions.defaults();
    }

    protected Warehouse open(String name) throws Exception {
        Warehouse w = newWarehouse(name);
        opened.add(w);
        return w;
    }

    @AfterEach
    void closeWarehouses() throws Exception {
        for (Warehouse w : opened) w.close();
    }

    private LoadReport load(Warehouse w, Path dir, List<Reject> rejects, LoadOptions options) throws Exception {
        return new TelemetryLoader(w, new LoadJournal(), options).load(LocalSourceFiles.under(dir), rejects::add,
                JobContext.silent());
    }

    private static Map<String, Path> keyed(Path dir) throws IOException {
        Map<String, Path> m = new LinkedHashMap<>();
        for (SourceFile f : LocalSourceFiles.under(dir)) m.put(f.key(), Files.isDirectory(dir) ? dir.resolve(f.key()) : dir);
        return m;
    }

    @Test
    void loadsTheRealSampleExactlyAndOnlyOnce() throws Exception {
        Warehouse w = open("sample");
        Path sample = RealData.file("aws-pipeline/heatmap-sample-data.txt");
        ExpectedLoad expected = ExpectedLoad.of(keyed(sample));
        List<Reject> rejects = new ArrayList<>();

        LoadReport first = load(w, sample, rejects, options());

        assertThat(expected.firstById).hasSize(642); // the README's figure
        assertThat(first).isEqualTo(new LoadReport(1, 642, 642, 0, 0, 0));
        assertThat(rejects).isEmpty();
        WarehouseRows.assertTableEquals(w, expected.firstById);
        assertThat(WarehouseRows.count(w, "SELECT count(*) FROM game_events WHERE event_type = 'player_death'"
                + " AND level_id = 'test_level' AND position_x BETWEEN 326.6 AND 688.8 AND position_y BETWEEN 567.1 AND 871.9")).isEqualTo(642);

        LoadReport again = load(w, sample, rejects, options());
        assertThat(again).isEqualTo(new LoadReport(0, 0, 0, 0, 0, 1));
        assertThat(WarehouseRows.count(w, "SELECT count(*) FROM game_events")).isEqualTo(642);
    }

    @Test
    void keepsFirstOccurrenceAcrossFilesAndBatchesAndRejectsMalformedLines() throws Exception {
        Warehouse w = open("dups");
        Path dir = tmp.resolve("events");
        TelemetryFileWriter gen = new TelemetryFileWriter(7, 0.01, 0.001);
        gen.write(dir, 6, 2_000, false);
        gen.write(dir.resolve("gz"), 2, 2_000, true);
        ExpectedLoad expected = ExpectedLoad.of(keyed(dir));
        List<Reject> rejects = new ArrayList<>();

        LoadReport report = load(w, dir, rejects, options().withBatchRows(3_000)); // several batches

        assertThat(expected.rejects).isNotEmpty();
        assertThat(expected.duplicates()).isGreaterThan(50);
        assertThat(report).isEqualTo(new LoadReport(8, expected.read, expected.firstById.size(),
                expected.duplicates(), expected.rejects.size(), 0));
        WarehouseRows.assertTableEquals(w, expected.firstById);
        // every duplicate is a retry with a later server_timestamp: the stored one must be the first seen
        gen.firstServerTimestamp.forEach((id, ts) -> assertThat(expected.firstById.get(id).extra())
                .containsEntry("server_timestamp", ts));
        assertThat(rejects).extracting(r -> new ExpectedLoad.ExpectedReject(r.fileKey(), r.lineNumber(), r.field()))
                .containsExactlyElementsOf(expected.rejects);
        assertThat(rejects).allSatisfy(r -> assertThat(r.reason()).isNotBlank());
        assertThat(gen.malformed).hasSize(expected.rejects.size());

        assertThat(load(w, dir, rejects, options())).isEqualTo(new LoadReport(0, 0, 0, 0, 0, 8));
    }

    @Test
    void reloadsAFileThatChangedAndCountsWhatWasAlreadyThere() throws Exception {
        Warehouse w = open("changed");
        Path dir = tmp.resolve("changed");
        new TelemetryFileWriter(11, 0, 0).write(dir, 1, 300, false);
        Path file = LocalSourceFiles.under(dir).stream().map(f -> dir.resolve(f.key())).findFirst().orElseThrow();
        load(w, dir, new ArrayList<>(), options());
        List<String> more = new TelemetryFileWriter(12, 0, 0).lines(50);
        Files.write(file, more, StandardOpenOption.APPEND);
        ExpectedLoad expected = ExpectedLoad.of(keyed(dir));

        LoadReport report = load(w, dir, new ArrayList<>(), options());

        assertThat(report).isEqualTo(new LoadReport(1, 350, 50, 300, 0, 0));
        WarehouseRows.assertTableEquals(w, expected.firstById);
    }

    @Test
    void handlesTheUnusualLinesLikeTelemetryJson() throws Exception {
        Warehouse w = open("edge");
        Path dir = Files.createDirectories(tmp.resolve("edge"));
        String id = "0f8fad5b-d9cb-469f-a165-70867728950e";
        List<String> lines = List.of(
                "", "   ",
                "{\"app_name\":\"g\",\"event_version\":\"1.0\",\"event_id\":\"" + id + "\",\"event_type\":\"t\","
                        + "\"event_timestamp\":1700000000000,\"client_id\":\"c\",\"session_id\":\"s1\",\"b\":true,\"a\":{\"z\":[1,2.50]},\"amount\":5.00}",
                "{\"app_name\":\"g\",\"event_version\":\"1.0\",\"event_id\":\"" + id.toUpperCase() + "\",\"event_type\":\"retry\","
                        + "\"event_timestamp\":1700000000001,\"client_id\":\"c\"}",
                "{\"app_name\":\"g\\tx\",\"event_version\":1.5,\"event_id\":\"1f8fad5b-d9cb-469f-a165-70867728950e\",\"event_type\":\"ünï\","
                        + "\"event_timestamp\":1700000000002,\"client_id\":\"c\\\\d\",\"position_x\":\"12.5\",\"position_y\":-0,\"level_id\":7,"
                        + "\"note\":\"line\\nbreak\",\"session_id\":42}",
                " {\"app_name\":\"g\",\"app_name\":\"h\",\"event_version\":\"1.0\",\"event_id\":\"2f8fad5b-d9cb-469f-a165-70867728950e\","
                        + "\"event_type\":\"t\",\"event_timestamp\":1700000000003,\"client_id\":\"\\u0001\",\"empty\":\"\",\"app_version\":\"\"} ",
                "{\"app_name\":\"g\",\"event_version\":\"1.0\",\"event_id\":\"3f8fad5b-d9cb-469f-a165-70867728950e\",\"event_type\":\"t\","
                        + "\"event_timestamp\":1700000000,\"client_id\":\"c\"}",
                "{\"app_name\":\"g\",\"event_version\":\"1.0\",\"event_id\":\"4f8fad5b-d9cb-469f-a165-70867728950e\",\"event_type\":\"t\","
                        + "\"event_timestamp\":1700000000004,\"client_id\":\"c\",\"x\":null}",
                "not json at all",
                "[1,2]",
                "{\"app_name\":\"   \",\"event_version\":\"1.0\",\"event_id\":\"5f8fad5b-d9cb-469f-a165-70867728950e\",\"event_type\":\"t\",\"event_timestamp\":1700000000005,\"client_id\":\"c\"}",
                "{\"app_name\":\"g\",\"event_version\":\"1.0\",\"event_id\":\"6f8fad5b-d9cb-469f-a165-70867728950e\",\"event_type\":\"t\",\"event_timestamp\":1700000000006,\"client_id\":\"c\",\"position_x\":1e2,\"position_y\":null,\"app_version\":null}\r");
        Files.write(dir.resolve("edge.jsonl"), lines, StandardCharsets.UTF_8);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("z-copy.gz")))) {
            out.write(String.join("\n", lines).getBytes(StandardCharsets.UTF_8)); // same events again, no final newline
        }
        ExpectedLoad expected = ExpectedLoad.of(keyed(dir));
        List<Reject> rejects = new CopyOnWriteArrayList<>();

        LoadReport report = load(w, dir, rejects, options());

        assertThat(expected.firstById).hasSize(5);
        assertThat(report).isEqualTo(new LoadReport(2, expected.read, 5, expected.duplicates(), expected.rejects.size(), 0));
        assertThat(rejects).extracting(r -> new ExpectedLoad.ExpectedReject(r.fileKey(), r.lineNumber(), r.field()))
                .containsExactlyElementsOf(expected.rejects);
        assertThat(rejects).filteredOn(r -> r.lineNumber() == 7).first()
                .satisfies(r -> assertThat(r.reason()).contains("out of range"));
        WarehouseRows.assertTableEquals(w, expected.firstById);
    }

    @Test
    void aCancelledLoadLeavesTheTableAsItWas() throws Exception {
        Warehouse w = open("cancel");
        Path dir = tmp.resolve("cancel");
        new TelemetryFileWriter(5, 0, 0).write(dir, 4, 1_000, false);
        AtomicBoolean cancel = new AtomicBoolean();
        JobContext ctx = new JobContext() {
            @Override
            public void progress(long done, long total, String message) {
                if (done > 0) cancel.set(true);
            }

            @Override
            public boolean isCancelled() {
                return cancel.get();
            }
        };

        assertThatThrownBy(() -> new TelemetryLoader(w, new LoadJournal(), options().withBatchRows(1_000_000))
                .load(LocalSourceFiles.under(dir), r -> { }, ctx)).isInstanceOf(JobCancelledException.class);

        assertThat(WarehouseRows.count(w, "SELECT count(*) FROM game_events")).isZero();
        assertThat(WarehouseRows.count(w, "SELECT count(*) FROM playlens_load_journal")).isZero();
        assertThat(load(w, dir, new ArrayList<>(), options())).isEqualTo(new LoadReport(4, 4_000, 4_000, 0, 0, 0));
    }
}
