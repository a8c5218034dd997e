package dev.playlens.app.sql;

import dev.playlens.app.TestWorkspaces;
import dev.playlens.app.connections.Keychain;
import dev.playlens.app.connections.Passwords;
import dev.playlens.app.services.WarehouseQueryService;
import dev.playlens.app.services.WarehouseWorkspaceServices;
import dev.playlens.app.services.WorkspaceServices;
import dev.playlens.app.workspace.Workspace;
import dev.playlens.core.job.JobHandle;
import dev.playlens.warehouse.query.ExportFormat;
import dev.playlens.warehouse.query.QueryStatus;
import javafx.scene.control.TableView;
import javafx.scene.control.TableCell;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The SQL workbench over the workspace's DuckDB warehouse, driven on Monocle. */
@ExtendWith(ApplicationExtension.class)
class SqlWorkbenchFxTest {
    @TempDir
    static Path shared;
    private static Workspace workspace;

    private WarehouseWorkspaceServices services;
    private SqlScreen screen;
    private SqlModel model;
    private SqlScreenOnStage shown;

    @BeforeAll
    static void buildWorkspace() throws Exception {
        workspace = TestWorkspaces.seedSample(shared.resolve("ws"));
    }

    @Start
    void start(Stage stage) {
        shown = new SqlScreenOnStage(stage, workspace, 1280, 800);
        services = shown.services;
        screen = shown.screen;
        model = screen.model();
    }

    @AfterEach
    void close() throws Exception {
        shown.close();
    }

    @Test
    void ctrlEnterRunsTheStatementUnderTheCursorOrTheSelection(FxRobot robot) throws Exception {
        String script = "SELECT 1 AS one;\nSELECT count(*) AS deaths FROM game_events;\nSELECT 3 AS three;\n";
        robot.interact(() -> model.sqlProperty().set(script));
        var area = view().editor().area();
        robot.clickOn(area);
        robot.interact(() -> area.moveTo(script.indexOf("count")));
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        awaitResult("deaths");
        assertThat(((Number) model.rows().getFirst().getFirst()).longValue()).isEqualTo(TestWorkspaces.SEED_EVENTS);
        assertThat(model.resultColumns().getFirst().typeName()).isEqualTo("BIGINT");

        robot.interact(() -> area.selectRange(script.indexOf("SELECT 3"), script.indexOf("SELECT 3") + "SELECT 3 AS three".length()));
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        awaitResult("three");
        assertThat(model.statusProperty().get()).startsWith("1 row · 1 column · ");

        ResultGrid grid = robot.lookup("#sql-results").queryAs(ResultGrid.class);

        // A failing statement: the full engine message where the rows would be.
        robot.interact(() -> screen.controller().run("SELECT no_such_column FROM game_events"));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.errorProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.statusProperty().get()).startsWith("Error: ");
        assertThat(robot.lookup("#sql-results-placeholder").queryAs(javafx.scene.control.Label.class).getText())
                .startsWith("The statement failed:").contains("no_such_column");
        robot.interact(() -> area.selectRange(script.indexOf("SELECT 3"), script.indexOf("SELECT 3") + "SELECT 3 AS three".length()));
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        awaitResult("three");
        assertThat(model.errorProperty().get()).isNull();
        robot.interact(() -> grid.getSelectionModel().selectAll());
        assertThat(grid.selectionAsText()).isEqualTo("three\n3");
    }

    @Test
    void aLongQueryIsCancelledAndTheWorkbenchRunsAgain(FxRobot robot) throws Exception {
        robot.interact(() -> model.sqlProperty().set("SELECT sum(a.range * b.range) FROM range(1000000) a, range(1000000) b"));
        robot.clickOn("#sql-run");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.runningProperty().get());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.elapsedMillisProperty().get() >= 200);
        assertThat(model.statusProperty().get()).startsWith("Running…");
        robot.clickOn("#sql-cancel");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !model.runningProperty().get());
        assertThat(model.statusProperty().get()).isEqualTo("Cancelled.");

        robot.interact(() -> model.sqlProperty().set("SELECT 42 AS answer"));
        robot.clickOn("#sql-run");
        awaitResult("answer");
        assertThat(((Number) model.rows().getFirst().getFirst()).intValue()).isEqualTo(42);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.history().size() >= 2
                && model.history().get(1).status() == QueryStatus.CANCELLED);
    }

    @Test
    void theHistoryIsPersistedAndReloadedWithDurationAndRowCount(FxRobot robot) throws Exception {
        String marker = "SELECT level_id, count(*) AS n FROM game_events GROUP BY 1 -- history " + System.nanoTime();
        robot.interact(() -> model.sqlProperty().set(marker));
        robot.clickOn("#sql-run");
        awaitResult("n");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !model.history().isEmpty()
                && model.history().getFirst().sql().equals(marker));

        // A new workbench on the same workspace (as after a restart) reads the history file back.
        try (var again = new WarehouseQueryService(services.warehouse(), workspace.historyDir().resolve("queries.jsonl"))) {
            WorkspaceServices restarted = new WorkspaceServices() {
                public Workspace workspace() { return workspace; }
                public dev.playlens.app.services.HeatmapService heatmaps() { return services.heatmaps(); }
                public dev.playlens.app.services.QueryService queries() { return again; }
                public dev.playlens.warehouse.Warehouse warehouse() { return services.warehouse(); }
                public void close() { }
            };
            SqlModel reloaded = WaitForAsyncUtils.asyncFx(() -> {
                SqlScreen s = new SqlScreen(restarted, shown.executor, new Passwords(Keychain.NONE));
                s.view();
                return s;
            }).get(10, TimeUnit.SECONDS).model();
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !reloaded.history().isEmpty());
            var entry = reloaded.history().getFirst();
            assertThat(entry.sql()).isEqualTo(marker);
            assertThat(entry.rows()).isEqualTo(1);
            assertThat(entry.status()).isEqualTo(QueryStatus.SUCCEEDED);
            assertThat(entry.durationMillis()).isGreaterThanOrEqualTo(0);
        }
        assertThat(robot.lookup("#sql-history").queryAs(TableView.class).getItems()).isNotEmpty();
    }

    @Test
    void exportsTheResultAsCsvParquetAndJsonLines(FxRobot robot) throws Exception {
        robot.interact(() -> model.sqlProperty().set("SELECT event_id, event_type, position_x FROM game_events"));
        robot.clickOn("#sql-run");
        awaitResult("event_id");
        Path dir = Files.createDirectories(shared.resolve("exports"));
        Path csv = dir.resolve("deaths.csv");
        Path parquet = dir.resolve("deaths.parquet");
        Path json = dir.resolve("deaths.jsonl");
        for (var target : List.of(new Object[]{csv, ExportFormat.CSV}, new Object[]{parquet, ExportFormat.PARQUET},
                new Object[]{json, ExportFormat.JSON_LINES})) {
            JobHandle<Long> job = WaitForAsyncUtils.asyncFx(() -> screen.controller().export((Path) target[0], (ExportFormat) target[1]))
                    .get(10, TimeUnit.SECONDS);
            assertThat(job.result().get(30, TimeUnit.SECONDS)).isEqualTo(TestWorkspaces.SEED_EVENTS);
        }
        assertThat(Files.readAllLines(csv)).hasSize(TestWorkspaces.SEED_EVENTS + 1).first().isEqualTo("\"event_id\",\"event_type\",\"position_x\"");
        assertThat(Files.readAllLines(json)).hasSize(TestWorkspaces.SEED_EVENTS).allMatch(l -> l.startsWith("{\"event_id\":"));
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(DISTINCT event_id), count(*) FROM read_parquet('" + parquet + "')")) {
            rs.next();
            assertThat(rs.getLong(1)).isEqualTo(TestWorkspaces.SEED_EVENTS);
        }
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.statusProperty().get().startsWith("Exported 642 rows"));
    }

    @Test
    void aMillionRowResultIsPagedAndTheGridOnlyReadsTheRowsOnScreen(FxRobot robot) throws Exception {
        robot.interact(() -> model.sqlProperty().set("SELECT range AS i, range * 2 AS doubled FROM range(1000000)"));
        robot.clickOn("#sql-run");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !model.runningProperty().get() && model.rows().size() > 0);
        assertThat(model.statusProperty().get()).startsWith("1,000,000 rows");
        assertThat(model.rows()).hasSize(1_000_000);
        assertThat(model.rows().pageCount()).isEqualTo((1_000_000 + PagedRows.PAGE_SIZE - 1) / PagedRows.PAGE_SIZE);

        @SuppressWarnings("unchecked")
        TableView<List<Object>> grid = robot.lookup("#sql-results").queryAs(TableView.class);
        robot.interact(() -> grid.scrollTo(999_990));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".table-cell")
                .<TableCell<?, ?>>queryAll().stream().anyMatch(c -> "999999".equals(c.getText())));
        robot.interact(() -> grid.scrollTo(500_000));
        WaitForAsyncUtils.waitForFxEvents();
        // Virtualised: a few pages around the rows shown were read, not the 245 pages of the result.
        assertThat(model.rows().pagesRead()).isBetween(2, 8);
        assertThat(model.rows().get(999_999)).containsExactly(999_999L, 1_999_998L);
    }

    @Test
    void theQuickChartDrawsTheResult(FxRobot robot) throws Exception {
        robot.interact(() -> model.sqlProperty().set(
                "SELECT CAST(floor(position_x / 50) * 50 AS INTEGER) AS x_band, count(*) AS deaths FROM game_events GROUP BY 1 ORDER BY 1"));
        robot.clickOn("#sql-run");
        awaitResult("x_band");
        robot.interact(() -> robot.lookup("#sql-tabs").queryAs(javafx.scene.control.TabPane.class).getSelectionModel().select(1));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> view().chart().points() == model.rows().size());
        assertThat(view().chart().points()).isGreaterThan(3);
        assertThat(robot.lookup("#sql-chart-plot").tryQuery()).isPresent();
    }

    private SqlView view() {
        return (SqlView) screen.view();
    }

    private void awaitResult(String column) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !model.runningProperty().get()
                && model.columns().contains(column) && !model.rows().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
