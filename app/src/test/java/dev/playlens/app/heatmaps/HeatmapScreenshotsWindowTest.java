package dev.playlens.app.heatmaps;

import dev.playlens.app.ScreenFactory;
import dev.playlens.app.TestWorkspaces;
import dev.playlens.app.services.DemoSetup;
import dev.playlens.app.services.WarehouseWorkspaceServices;
import dev.playlens.app.shell.JobsModel;
import dev.playlens.app.shell.MainWindow;
import dev.playlens.app.shell.ThemeManager;
import dev.playlens.app.workspace.Workspace;
import dev.playlens.app.workspace.WorkspaceSettings;
import dev.playlens.core.job.JobContext;
import dev.playlens.core.job.ThreadPoolJobExecutor;
import dev.playlens.core.level.Level;
import dev.playlens.core.level.LevelsFile;
import dev.playlens.core.level.WorldRect;
import dev.playlens.demo.DemoSpec;
import dev.playlens.testsupport.RealData;
import dev.playlens.warehouse.Credentials;
import dev.playlens.warehouse.Warehouse;
import dev.playlens.warehouse.Warehouses;
import dev.playlens.warehouse.ingest.JsonLinesRejectSink;
import dev.playlens.warehouse.ingest.LoadJournal;
import dev.playlens.warehouse.ingest.LoadReport;
import dev.playlens.warehouse.ingest.LocalSourceFiles;
import dev.playlens.warehouse.ingest.TelemetryLoader;
import javafx.embed.swing.SwingFXUtils;
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

import javax.imageio.ImageIO;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The Heatmaps screen in the real main window on a real display (Xvfb): the seed sample over its level, real
 * PUBG deaths on Erangel, the demo's 1.0 vs 1.1 difference and the calibration editor, each checked and saved
 * as a PNG ({@code -Dplaylens.screenshots=DIR}, default target/screenshots).
 */
@ExtendWith(ApplicationExtension.class)
class HeatmapScreenshotsWindowTest {
    @TempDir
    static Path dir;
    private static final Path OUT = Path.of(System.getProperty("playlens.screenshots", "target/screenshots"));

    private final ThreadPoolJobExecutor executor = new ThreadPoolJobExecutor();
    private MainWindow window;
    private WarehouseWorkspaceServices services;

    @BeforeAll
    static void needsADisplay() {
        assumeTrue(System.getenv("DISPLAY") != null, "needs a display: run under xvfb-run (./playlens test does)");
    }

    @Start
    void start(Stage stage) {
        JobsModel jobs = new JobsModel();
        jobs.attach(executor);
        window = new MainWindow(stage, new ThemeManager(dir.resolve("ui-" + System.nanoTime() + ".json")), jobs,
                new ScreenFactory(executor, Map.of()), d -> { }, () -> { });
        window.show();
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            window.closeWorkspace();
            window.stage().hide();
        }).get(10, TimeUnit.SECONDS);
        executor.close();
    }

    private HeatmapsScreen open(FxRobot robot, Workspace ws) throws Exception {
        services = WarehouseWorkspaceServices.open(ws, Credentials.none());
        robot.interact(() -> window.open(services));
        HeatmapsScreen screen = window.screens().heatmaps();
        awaitFrame(screen, f -> true);
        return screen;
    }

    private static void awaitFrame(HeatmapsScreen screen, Predicate<HeatmapFrame> wanted) throws Exception {
        HeatmapsModel m = screen.model();
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> m.frame.get() != null && wanted.test(m.frame.get())
                && !m.busy.get());
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(400);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void shoot(FxRobot robot, String name) throws Exception {
        Files.createDirectories(OUT);
        var image = WaitForAsyncUtils.asyncFx(() -> window.scene().snapshot(null)).get(20, TimeUnit.SECONDS);
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", OUT.resolve(name).toFile());
    }

    @Test
    void seedSampleOverItsLevelAndItsCalibrationEditor(FxRobot robot) throws Exception {
        HeatmapsScreen screen = open(robot, TestWorkspaces.seedSample(dir.resolve("seed")));
        HeatmapsModel m = screen.model();
        robot.interact(() -> m.binSize.set(8));
        awaitFrame(screen, f -> f.query().binSize() == 8);
        assertThat(m.frame.get().grid().total()).isEqualTo(TestWorkspaces.SEED_EVENTS);
        // hover the busiest bin, so the read-out shows under the map
        dev.playlens.heatmap.BinGrid grid = m.frame.get().grid();
        int busiest = 0;
        for (int c = 0; c < grid.cellCount(); c++) if (grid.value(c) > grid.value(busiest)) busiest = c;
        robot.moveTo(screenPoint(m, grid.layout().centerX(busiest), grid.layout().centerY(busiest)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(m.hover.get()).contains(" · " + (long) grid.value(busiest) + " deaths");
        shoot(robot, "gui-heatmap-seed.png");

        robot.clickOn("#heatmap-calibrate");
        robot.clickOn("#calibration-points");
        double[][] image = {{96, 88}, {430, 150}, {210, 440}};
        double ox = 503.245239 - 256, oy = 748.971008 - 256;
        robot.interact(() -> {
            for (int i = 0; i < 3; i++) {
                CalibrationDraft.Point p = m.calibration.points.get(i);
                p.imageX.set(image[i][0]);
                p.imageY.set(image[i][1]);
                p.worldX.set(CalibrationDraft.number(image[i][0] + ox));
                p.worldY.set(CalibrationDraft.number(image[i][1] + oy));
            }
            m.calibration.selected.set(2);
        });
        robot.clickOn("#calibration-check");
        assertThat(m.calibration.message.get()).contains("residual 0.00 px");
        WaitForAsyncUtils.waitForFxEvents();
        shoot(robot, "gui-heatmap-calibration.png");
    }

    @Test
    void realPubgDeathsOnErangel(FxRobot robot) throws Exception {
        Path ws = dir.resolve("pubg");
        Files.createDirectories(ws.resolve("levels"));
        Files.copy(RealData.file("pubg/Erangel_Main_Low_Res.png"), ws.resolve("levels/erangel.png"));
        LevelsFile.write(ws.resolve("levels.json"), List.of(new Level("ERANGEL", "Erangel (PUBG, March 2018)",
                "levels/erangel.png", 819, 819, new WorldRect(0, 0, 816000, 816000, false))));
        Workspace workspace = Workspace.create(ws, WorkspaceSettings.named("PUBG deaths", "levels.json"));
        long deaths = loadPubgDeaths(workspace, "ERANGEL");
        HeatmapsScreen screen = open(robot, workspace);
        HeatmapsModel m = screen.model();
        robot.interact(() -> {
            m.binSize.set(8000);
            m.scale.set(dev.playlens.heatmap.render.ColorScale.LOG);
        });
        awaitFrame(screen, f -> f.query().binSize() == 8000 && f.settings().scale() == dev.playlens.heatmap.render.ColorScale.LOG);
        assertThat(m.frame.get().grid().total()).isEqualTo(deaths);
        shoot(robot, "gui-heatmap-pubg-erangel.png");
    }

    @Test
    void demoVersionsComparedAsADifference(FxRobot robot) throws Exception {
        Workspace ws = new DemoSetup().generateAndLoad(dir.resolve("demo"),
                DemoSpec.defaults().withPlayers(2500).withDays(21), JobContext.silent()).workspace();
        HeatmapsScreen screen = open(robot, ws);
        HeatmapsModel m = screen.model();
        LevelMap ember = m.levels.stream().filter(l -> l.name().toLowerCase(Locale.ROOT).contains("ember")).findFirst()
                .orElse(m.levels.getFirst());
        robot.interact(() -> m.level.set(ember));
        awaitFrame(screen, f -> f.level().id().equals(ember.id()) && m.versions.contains("1.1"));
        robot.interact(() -> {
            m.versionsA.set(List.of("1.0"));
            m.versionsB.set(List.of("1.1"));
            m.mode.set(CompareMode.DIFF);
            m.smoothing.set(1);
        });
        awaitFrame(screen, f -> f.settings().mode() == CompareMode.DIFF && f.settings().smoothing() == 1
                && f.settings().versionsB().equals(List.of("1.1")));
        assertThat(m.frame.get().diff().a().stats().binnedEvents()).isPositive();
        assertThat(m.frame.get().diff().b().stats().binnedEvents()).isPositive();
        shoot(robot, "gui-heatmap-compare.png");

        // side by side per player: the two versions have different numbers of players
        robot.interact(() -> {
            m.mode.set(CompareMode.SIDE_BY_SIDE);
            m.normalization.set(dev.playlens.heatmap.Normalization.PER_PLAYER);
        });
        awaitFrame(screen, f -> f.settings().mode() == CompareMode.SIDE_BY_SIDE
                && f.settings().normalization() == dev.playlens.heatmap.Normalization.PER_PLAYER);
        var diff = m.frame.get().diff();
        assertThat(diff.a().stats().population()).isPositive();
        assertThat(diff.b().stats().population()).isPositive();
        assertThat(diff.a().unit()).startsWith("% of players");
        System.out.printf("demo per player: A %d players, B %d players, peaks %.2f %% / %.2f %%%n",
                diff.a().stats().population(), diff.b().stats().population(), diff.a().max(), diff.b().max());
        dev.playlens.heatmap.BinGrid b = diff.b();
        int busiest = 0;
        for (int c = 0; c < b.cellCount(); c++) if (b.value(c) > b.value(busiest)) busiest = c;
        robot.moveTo(screenPoint(m, b.layout().centerX(busiest), b.layout().centerY(busiest)));
        WaitForAsyncUtils.waitForFxEvents();
        shoot(robot, "gui-heatmap-compare-per-player.png");
    }

    private javafx.geometry.Point2D screenPoint(HeatmapsModel m, double x, double y) {
        HeatmapFrame f = m.frame.get();
        HeatmapCanvas canvas = (HeatmapCanvas) window.scene().lookup("#heatmap-canvas");
        var w = m.view.get().window(f.imageWidth(), f.imageHeight(), (int) canvas.panelWidth(), (int) canvas.getHeight());
        double ix = f.calibration().imageX(x, y), iy = f.calibration().imageY(x, y);
        return canvas.localToScreen((ix - w.imageX()) * w.scale(), (iy - w.imageY()) * w.scale());
    }

    /** The PUBG deaths of one map as telemetry events (victim positions; (0, 0) means unknown and is skipped). */
    private static long loadPubgDeaths(Workspace ws, String map) throws Exception {
        List<String> rows = Files.readAllLines(RealData.file("pubg/pubg_opgg_100matches_deaths_long.csv"));
        List<String> header = List.of(rows.getFirst().split(","));
        int mapCol = header.indexOf("map"), x = header.indexOf("victim_position_x"), y = header.indexOf("victim_position_y");
        int time = header.indexOf("time_s"), victim = header.indexOf("victim_participant_id"), match = header.indexOf("match_index");
        List<String> events = new ArrayList<>();
        for (String row : rows.subList(1, rows.size())) {
            String[] c = row.split(",");
            if (!map.equals(c[mapCol]) || Double.parseDouble(c[x]) == 0 && Double.parseDouble(c[y]) == 0) continue;
            long ts = 1_520_000_000_000L + Long.parseLong(c[match]) * 3_600_000L + (long) (Double.parseDouble(c[time]) * 1000);
            events.add(String.format(Locale.ROOT, "{\"event_version\":\"1.0\",\"event_id\":\"%s\",\"event_timestamp\":%d,"
                            + "\"event_type\":\"player_death\",\"app_name\":\"pubg\",\"app_version\":\"2018.03\","
                            + "\"client_id\":\"%s\",\"level_id\":\"%s\",\"position_x\":%s,\"position_y\":%s}",
                    UUID.nameUUIDFromBytes((c[match] + "/" + c[header.indexOf("death_index")]).getBytes(StandardCharsets.UTF_8)),
                    ts, UUID.nameUUIDFromBytes(c[victim].getBytes(StandardCharsets.UTF_8)), map, c[x], c[y]));
        }
        Path file = ws.dir().resolve("telemetry/deaths.json");
        Files.createDirectories(file.getParent());
        Files.write(file, events);
        try (Warehouse w = Warehouses.open(ws.warehouseLocation(), Credentials.none());
             JsonLinesRejectSink rejects = new JsonLinesRejectSink(ws.dir().resolve("journal/rejects.jsonl"))) {
            LoadReport report = new TelemetryLoader(w, new LoadJournal()).load(LocalSourceFiles.under(file), rejects,
                    JobContext.silent());
            assertThat(report.inserted()).as("%s; first: %s", report, events.getFirst()).isEqualTo(events.size());
        }
        return events.size();
    }
}
