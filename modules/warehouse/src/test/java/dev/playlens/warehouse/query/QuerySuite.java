package dev.playlens.warehouse.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.playlens.core.job.JobCancelledException;
import dev.playlens.core.job.JobContext;
import dev.playlens.core.job.JobHandle;
import dev.playlens.core.job.JobState;
import dev.playlens.core.job.ThreadPoolJobExecutor;
import dev.playlens.warehouse.ColumnInfo;
import dev.playlens.warehouse.TableInfo;
import dev.playlens.warehouse.Warehouse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** SQL runner, history, export and catalog listing on one engine; subclasses give a fresh warehouse. */
abstract class QuerySuite {
    @TempDir
    Path tmp;
    protected Warehouse warehouse;
    private QueryHistory history;

    protected abstract Warehouse newWarehouse() throws Exception;

    /** A query that runs for many seconds unless cancelled. */
    protected abstract String longQuery();

    /** A query returning the integers 1..n in a column named n. */
    protected abstract String series(int n);

    @BeforeEach
    void setUp() throws Exception {
        warehouse = newWarehouse();
        history = new QueryHistory(tmp.resolve("history/queries.jsonl"));
        QueryRunner runner = new QueryRunner(warehouse, history);
        runner.run("CREATE TABLE scores (id INTEGER, score DOUBLE PRECISION, name VARCHAR(20), seen_at TIMESTAMP)",
                v -> true, JobContext.silent());
        QueryOutcome insert = runner.run("INSERT INTO scores VALUES (1, 1.5, 'ann', TIMESTAMP '2024-01-02 03:04:05.678'),"
                + " (2, NULL, 'bo,b', TIMESTAMP '2024-01-03 00:00:00'), (3, -2.25, NULL, NULL),"
                + " (4, 0.1, 'say \"hi\"', TIMESTAMP '2024-02-29 23:59:59.999'), (5, 1e300, '', TIMESTAMP '2000-01-01 00:00:00')",
                v -> true, JobContext.silent());
        assertThat(insert.updateCount()).isEqualTo(5);
    }

    @AfterEach
    void tearDown() throws Exception {
        warehouse.close();
    }

    @Test
    void firstPageKeepsTheFirstRowsWithJavaTypes() throws Exception {
        ResultPage page = new QueryRunner(warehouse).firstPage("SELECT id, score, name, seen_at FROM scores ORDER BY id", 3,
                JobContext.silent());

        assertThat(page.truncated()).isTrue();
        assertThat(page.columns()).extracting(ResultColumn::name).containsExactly("id", "score", "name", "seen_at");
        assertThat(page.rows()).hasSize(3);
        assertThat(page.rows().get(0)).containsExactly(1, 1.5, "ann", LocalDateTime.of(2024, 1, 2, 3, 4, 5, 678_000_000));
        assertThat(page.rows().get(1)).containsExactly(2, null, "bo,b", LocalDateTime.of(2024, 1, 3, 0, 0));
        assertThat(page.rows().get(2)).containsExactly(3, -2.25, null, null);
    }

    @Test
    void streamsEveryRowOfABigResult() throws Exception {
        AtomicLong sum = new AtomicLong();
        QueryOutcome o = new QueryRunner(warehouse, null, 500).run(series(200_000), v -> {
            sum.addAndGet(((Number) v[0]).longValue());
            return true;
        }, JobContext.silent());

        assertThat(o.rows()).isEqualTo(200_000);
        assertThat(sum.get()).isEqualTo(200_000L * 200_001 / 2);
    }

    @Test
    @Timeout(60)
    void cancellingTheJobCancelsTheStatementAndTheSessionStaysUsable() throws Exception {
        try (ThreadPoolJobExecutor jobs = new ThreadPoolJobExecutor();
             QueryRunner session = QueryRunner.session(warehouse, history)) {
            JobHandle<QueryOutcome> job = jobs.submit("long query", ctx -> session.run(longQuery(), v -> true, ctx));
            Thread.sleep(700);
            assertThat(job.state()).isEqualTo(JobState.RUNNING);
            long t0 = System.nanoTime();

            job.cancel();

            assertThatThrownBy(() -> job.result().get(10, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(JobCancelledException.class);
            assertThat((System.nanoTime() - t0) / 1_000_000).as("ms to stop").isLessThan(5_000);
            assertThat(job.state()).isEqualTo(JobState.CANCELLED);
            ResultPage after = session.firstPage("SELECT count(*) AS n FROM scores", 10, JobContext.silent());
            assertThat(((Number) after.rows().get(0)[0]).longValue()).isEqualTo(5);
        }
        assertThat(history.newestFirst(2)).extracting(QueryHistory.Entry::status)
                .containsExactly(QueryStatus.SUCCEEDED, QueryStatus.CANCELLED);
    }

    @Test
    void historyRecordsEveryRunNewestFirst() throws Exception {
        QueryRunner runner = new QueryRunner(warehouse, history);
        assertThatThrownBy(() -> runner.run("SELECT no_such_column FROM scores", v -> true, JobContext.silent()))
                .isInstanceOf(java.sql.SQLException.class);
        runner.firstPage("SELECT * FROM scores", 2, JobContext.silent());

        List<QueryHistory.Entry> entries = history.newestFirst(10);

        assertThat(entries).extracting(QueryHistory.Entry::status).containsExactly(QueryStatus.SUCCEEDED,
                QueryStatus.FAILED, QueryStatus.SUCCEEDED, QueryStatus.SUCCEEDED);
        assertThat(entries.get(0).sql()).isEqualTo("SELECT * FROM scores");
        assertThat(entries.get(0).rows()).isEqualTo(2);
        assertThat(entries.get(1).error()).containsIgnoringCase("no_such_column");
        assertThat(entries.get(2).rows()).as("rows inserted").isEqualTo(5);
        assertThat(entries).allSatisfy(e -> assertThat(e.durationMillis()).isNotNegative());
        assertThat(history.newestFirst(1)).hasSize(1);
    }

    @Test
    void exportsCsvJsonLinesAndParquet() throws Exception {
        ResultExporter exporter = new ResultExporter(new QueryRunner(warehouse));
        String sql = "SELECT id, score, name, seen_at FROM scores ORDER BY id";

        Path csv = tmp.resolve("out/scores.csv");
        assertThat(exporter.export(sql, csv, ExportFormat.fromFileName(csv.toString()), JobContext.silent())).isEqualTo(5);
        assertThat(Files.readAllLines(csv, StandardCharsets.UTF_8)).containsExactly(
                "\"id\",\"score\",\"name\",\"seen_at\"",
                "1,1.5,ann,2024-01-02T03:04:05.678",
                "2,,\"bo,b\",2024-01-03T00:00:00",
                "3,-2.25,,",
                "4,0.1,\"say \"\"hi\"\"\",2024-02-29T23:59:59.999",
                "5,1.0E300,\"\",2000-01-01T00:00:00");

        Path jsonl = tmp.resolve("out/scores.jsonl");
        exporter.export(sql, jsonl, ExportFormat.JSON_LINES, JobContext.silent());
        List<String> lines = Files.readAllLines(jsonl, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(5);
        JsonNode second = new ObjectMapper().readTree(lines.get(1));
        assertThat(second.get("id").asInt()).isEqualTo(2);
        assertThat(second.get("score").isNull()).isTrue();
        assertThat(second.get("name").asText()).isEqualTo("bo,b");
        assertThat(new ObjectMapper().readTree(lines.get(3)).get("score").asDouble()).isEqualTo(0.1);

        Path parquet = tmp.resolve("out/scores.parquet");
        assertThat(exporter.export(sql, parquet, ExportFormat.PARQUET, JobContext.silent())).isEqualTo(5);
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:"); Statement st = duck.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*), sum(id), sum(score) FILTER (WHERE id < 5),"
                     + " count(name), max(seen_at), typeof(max(seen_at)), typeof(max(score)) FROM read_parquet('" + parquet + "')")) {
            rs.next();
            assertThat(rs.getLong(1)).isEqualTo(5);
            assertThat(rs.getLong(2)).isEqualTo(15);
            assertThat(rs.getDouble(3)).isCloseTo(-0.65, org.assertj.core.data.Offset.offset(1e-12));
            assertThat(rs.getLong(4)).isEqualTo(4);
            assertThat(rs.getObject(5, LocalDateTime.class)).isEqualTo(LocalDateTime.of(2024, 2, 29, 23, 59, 59, 999_000_000));
            assertThat(rs.getString(6)).isEqualTo("TIMESTAMP");
            assertThat(rs.getString(7)).isEqualTo("DOUBLE");
        }
        assertThat(Files.list(tmp.resolve("out"))).extracting(p -> p.getFileName().toString())
                .containsExactlyInAnyOrder("scores.csv", "scores.jsonl", "scores.parquet");
    }

    @Test
    void listsTablesAndColumnsThroughInformationSchema() throws Exception {
        try (Connection c = warehouse.connect()) {
            List<TableInfo> tables = warehouse.dialect().listTables(c);
            assertThat(tables).extracting(TableInfo::name).contains("scores");
            List<ColumnInfo> columns = warehouse.dialect().listColumns(c, null, "scores");
            assertThat(columns).extracting(ColumnInfo::name).containsExactly("id", "score", "name", "seen_at");
            assertThat(columns).extracting(ColumnInfo::position).containsExactly(1, 2, 3, 4);
            assertThat(columns).allSatisfy(col -> assertThat(col.nullable()).isTrue());
        }
    }
}
