package dev.playlens.app.heatmaps;

import dev.playlens.app.TestWorkspaces;
import dev.playlens.app.services.HeatmapService;
import dev.playlens.app.services.WarehouseWorkspaceServices;
import dev.playlens.core.job.JobContext;
import dev.playlens.heatmap.BinLayout;
import dev.playlens.heatmap.BinStats;
import dev.playlens.heatmap.HeatmapDiff;
import dev.playlens.heatmap.HeatmapQuery;
import dev.playlens.heatmap.LevelFacets;
import dev.playlens.heatmap.Normalization;
import dev.playlens.heatmap.SquareLayout;
import dev.playlens.testsupport.RealData;
import dev.playlens.app.workspace.Workspace;
import dev.playlens.core.job.ThreadPoolJobExecutor;
import dev.playlens.heatmap.BinGrid;
import dev.playlens.heatmap.BinShape;
import dev.playlens.heatmap.calibration.Calibration;
import dev.playlens.heatmap.render.PixelWindow;
import dev.playlens.warehouse.Credentials;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
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
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The Heatmaps screen on Monocle over the seed sample (642 real deaths), driven through its real controls. */
@ExtendWith(ApplicationExtension.class)
class HeatmapsScreenFxTest {
    @TempDir
    static Path shared;
    private static Path seed;
    @TempDir
    Path dir;

    private final ThreadPoolJobExecutor executor = new ThreadPoolJobExecutor();
    private Workspace workspace;
    private WarehouseWorkspaceServices services;
    private HeatmapsScreen screen;
    private HeatmapsModel model;
    private Path exportTarget;
    private Path levelImage;
    private Stage stage;

    @BeforeAll
    static void buildSeedWorkspaceOnce() throws Exception {
        seed = TestWorkspaces.seedSample(shared.resolve("seed")).dir();
    }

    /** A fresh copy of the seed workspace per test: tests save calibrations and add events. */
    private static Workspace copyOfSeed(Path target) throws Exception {
        try (var files = Files.walk(seed)) {
            for (Path p : files.toList()) {
                Path to = target.resolve(seed.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(to);
                else Files.copy(p, to);
            }
        }
        return Workspace.open(target);
    }

    @Start
    void start(Stage stage) throws Exception {
        workspace = copyOfSeed(dir.resolve("ws"));
        services = WarehouseWorkspaceServices.open(workspace, Credentials.none());
        HeatmapFiles files = new HeatmapFiles() {
            @Override
            public Path exportTarget(Window owner, String suggestedName) {
                return exportTarget;
            }

            @Override
            public Path levelImage(Window owner) {
                return levelImage;
            }
        };
        screen = new HeatmapsScreen(services.heatmaps(), executor, new LevelStore(workspace), files);
        model = screen.model();
        this.stage = stage;
        stage.setScene(new Scene((javafx.scene.Parent) screen.view(), 1400, 900));
        stage.show();
        screen.activate();
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> screen.close()).get(10, TimeUnit.SECONDS);
        executor.close();
        services.close();
    }

    private void awaitRenderAfter(int before) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> model.renders.get() > before && !model.busy.get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void awaitFrame(java.util.function.Predicate<HeatmapFrame> wanted) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> model.frame.get() != null && wanted.test(model.frame.get())
                && !model.busy.get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void binsSumToTheSampleAndHoverReadsTheBinUnderTheCursor(FxRobot robot) throws Exception {
        awaitRenderAfter(0);
        HeatmapFrame frame = model.frame.get();
        assertThat(frame.grid().total()).isEqualTo(TestWorkspaces.SEED_EVENTS);
        assertThat(model.events.get()).isEqualTo(TestWorkspaces.SEED_EVENTS);
        assertThat(model.status.get()).contains("642 player_death events");

        // the busiest bin: hover its centre and read its count
        BinGrid grid = frame.grid();
        int busiest = 0;
        for (int c = 0; c < grid.cellCount(); c++) if (grid.value(c) > grid.value(busiest)) busiest = c;
        robot.moveTo(screenPoint(grid.layout().centerX(busiest), grid.layout().centerY(busiest)));
        WaitForAsyncUtils.waitForFxEvents();
        long count = (long) grid.value(busiest);
        assertThat(count).isGreaterThan(1);
        assertThat(model.hover.get()).contains(" · " + count + " ");
    }

    @Test
    void hidingTheScreenWhileItLoadsCancelsAndShowingItAgainFinishes(FxRobot robot) throws Exception {
        robot.interact(() -> {
            screen.deactivate();
            screen.activate();
        });
        awaitFrame(f -> true);
        assertThat(model.frame.get().grid().total()).isEqualTo(TestWorkspaces.SEED_EVENTS);
        assertThat(model.eventTypes).containsExactly("player_death");
    }

    @Test
    void controlsReBinHexAndSmoothingKeepsTheTotal(FxRobot robot) throws Exception {
        awaitRenderAfter(0);
        int before = model.renders.get();
        robot.clickOn("#heatmap-shape").clickOn("hex");
        awaitRenderAfter(before);
        assertThat(model.frame.get().query().shape()).isEqualTo(BinShape.HEX);
        assertThat(model.frame.get().grid().total()).isEqualTo(TestWorkspaces.SEED_EVENTS);

        before = model.renders.get();
        robot.interact(() -> model.smoothing.set(2));
        awaitRenderAfter(before);
        assertThat(model.frame.get().grid().smoothingSigma()).isEqualTo(2);
        assertThat(model.frame.get().grid().total()).isCloseTo(TestWorkspaces.SEED_EVENTS, within(1.0));

        // the sample was recorded on 2017-10-23 (UTC): a range from the next day has nothing, one around it all
        robot.interact(() -> model.from.set(java.time.LocalDate.of(2017, 10, 24)));
        awaitFrame(f -> f.settings().from() != null);
        assertThat(model.frame.get().grid().stats().binnedEvents()).isZero();
        robot.interact(() -> {
            model.from.set(java.time.LocalDate.of(2017, 10, 23));
            model.to.set(java.time.LocalDate.of(2017, 10, 23));
        });
        awaitFrame(f -> f.settings().to() != null && f.settings().from().getDayOfMonth() == 23);
        assertThat(model.frame.get().grid().stats().binnedEvents()).isEqualTo(TestWorkspaces.SEED_EVENTS);
    }

    @Test
    void zoomingInReBinsTheVisiblePartAtAFinerSize(FxRobot robot) throws Exception {
        awaitRenderAfter(0);
        double chosen = model.frame.get().query().binSize();
        int before = model.renders.get();
        HeatmapFrame whole = model.frame.get();
        Point2D centre = screenPoint(503.245239, 748.971008);
        robot.moveTo(centre);
        // four wheel ticks in the zoom-in direction (a positive delta; TestFX's DOWN on Monocle), around the centre
        for (int i = 0; i < 4; i++) robot.scroll(1, javafx.geometry.VerticalDirection.DOWN);
        awaitFrame(f -> f.view().zoom() > 1.5);
        HeatmapFrame zoomed = model.frame.get();
        assertThat(zoomed.view().zoom()).isGreaterThan(1.5);
        assertThat(zoomed.query().viewport()).isNotNull();
        assertThat(zoomed.query().binSize()).isLessThan(chosen);
        long inView = count("SELECT count(*) FROM game_events WHERE position_x >= " + zoomed.query().viewport().minX()
                + " AND position_x < " + zoomed.query().viewport().maxX() + " AND position_y >= "
                + zoomed.query().viewport().minY() + " AND position_y < " + zoomed.query().viewport().maxY());
        assertThat(zoomed.grid().total()).isEqualTo(inView);
        assertThat(inView).isLessThan(whole.events());

        // dragging pans: the view follows the mouse and the visible part is binned again
        ViewState beforeDrag = model.view.get();
        robot.drag(centre.add(0, 0)).moveBy(-60, 0).moveBy(-60, 0).release(javafx.scene.input.MouseButton.PRIMARY);
        awaitFrame(f -> f.view().centerX() > beforeDrag.centerX() + 1);
        assertThat(model.frame.get().query().viewport().minX()).isGreaterThan(zoomed.query().viewport().minX());

        before = model.renders.get();
        robot.clickOn("#heatmap-whole");
        awaitRenderAfter(before);
        assertThat(model.frame.get().query().viewport()).isNull();
        assertThat(model.frame.get().grid().total()).isEqualTo(TestWorkspaces.SEED_EVENTS);
    }

    @Test
    void threeClickedReferencePointsAreSavedPerLevelAndReloaded(FxRobot robot) throws Exception {
        awaitRenderAfter(0);
        robot.clickOn("#heatmap-calibrate");
        robot.clickOn("#calibration-points");
        // the seed calibration: world = image pixel + (centre - 256); click three image points, type their world positions
        double ox = 503.245239 - 256, oy = 748.971008 - 256;
        double[][] image = {{100, 100}, {400, 120}, {250, 420}};
        for (int i = 0; i < 3; i++) {
            robot.clickOn("#calibration-pick-" + (i + 1));
            Calibration cal = model.frame.get().calibration();
            double wx = cal.inverse().imageX(image[i][0], image[i][1]), wy = cal.inverse().imageY(image[i][0], image[i][1]);
            robot.clickOn(screenPoint(wx, wy));
            double[] picked = {model.calibration.points.get(i).imageX.get(), model.calibration.points.get(i).imageY.get()};
            type(robot, "#calibration-wx-" + (i + 1), CalibrationDraft.number(picked[0] + ox));
            type(robot, "#calibration-wy-" + (i + 1), CalibrationDraft.number(picked[1] + oy));
        }
        int before = model.renders.get();
        robot.clickOn("#calibration-save");
        awaitRenderAfter(before);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.level.get().calibration() != null);
        assertThat(model.calibration.message.get()).contains("residual");

        // saved in calibrations.json and read back by a fresh store
        assertThat(workspace.dir().resolve("calibrations.json")).exists();
        LevelMap reloaded = new LevelStore(workspace).levels().getFirst();
        assertThat(reloaded.calibration().usesPoints()).isTrue();
        assertThat(reloaded.calibration().points()).hasSize(3);
        Calibration fitted = reloaded.toImage(512, 512);
        assertThat(fitted.imageX(503.245239, 748.971008)).isCloseTo(256, within(0.5));
        assertThat(fitted.imageY(503.245239, 748.971008)).isCloseTo(256, within(0.5));
        awaitRenderAfter(model.renders.get() - 1);
        assertThat(model.frame.get().grid().total()).isEqualTo(TestWorkspaces.SEED_EVENTS);
    }

    @Test
    void exportsWriteThePngFigureAndTheBinsCsv(FxRobot robot) throws Exception {
        awaitRenderAfter(0);
        exportTarget = dir.resolve("out/seed.png");
        robot.clickOn("#heatmap-export-png");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.isRegularFile(exportTarget));
        BufferedImage png = ImageIO.read(exportTarget.toFile());
        assertThat(png.getWidth()).isEqualTo(512);
        assertThat(png.getHeight()).isGreaterThan(560); // title above, colour bar below

        exportTarget = dir.resolve("out/seed.csv");
        robot.clickOn("#heatmap-export-csv");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.isRegularFile(exportTarget));
        List<String> lines = Files.readAllLines(exportTarget);
        assertThat(lines.getFirst()).isEqualTo("x_index,y_index,value");
        assertThat(lines.stream().skip(1).mapToLong(l -> Long.parseLong(l.split(",")[2])).sum())
                .isEqualTo(TestWorkspaces.SEED_EVENTS);
    }

    @Test
    void compareShowsBothVersionsSideBySideAndTheirDifference(FxRobot robot) throws Exception {
        awaitRenderAfter(0);
        // a second version: the deaths left of x = 500 happen again in 1.1.0
        long b;
        try (Connection c = services.warehouse().connect(); Statement st = c.createStatement()) {
            st.execute("INSERT INTO game_events SELECT * REPLACE (gen_random_uuid() AS event_id, '1.1.0' AS app_version)"
                    + " FROM game_events WHERE position_x < 500");
        }
        b = count("SELECT count(*) FROM game_events WHERE app_version = '1.1.0'");
        int before = model.renders.get();
        robot.interact(() -> {
            model.level.set(null);
            screen.controller().reloadLevels(TestWorkspaces.SEED_LEVEL);
        });
        awaitRenderAfter(before);
        assertThat(model.versions).contains("1.0.0", "1.1.0");

        before = model.renders.get();
        robot.interact(() -> {
            model.versionsA.set(List.of("1.0.0"));
            model.versionsB.set(List.of("1.1.0"));
        });
        robot.clickOn("#heatmap-compare").clickOn(CompareMode.SIDE_BY_SIDE.toString());
        awaitFrame(f -> f.settings().mode() == CompareMode.SIDE_BY_SIDE && f.settings().versionsB().equals(List.of("1.1.0")));
        assertThat(model.panelImages).hasSize(2);
        assertThat(robot.lookup("#heatmap-image-1").queryAs(javafx.scene.image.ImageView.class).getImage()).isNotNull();
        assertThat(model.frame.get().diff().a().total()).isEqualTo(TestWorkspaces.SEED_EVENTS);
        assertThat(model.frame.get().diff().b().total()).isEqualTo(b);
        exportTarget = dir.resolve("out/compare.png");
        robot.clickOn("#heatmap-export-png");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.isRegularFile(exportTarget));
        assertThat(ImageIO.read(exportTarget.toFile()).getWidth()).isEqualTo(2 * 512); // A and B figures side by side

        before = model.renders.get();
        robot.clickOn("#heatmap-compare").clickOn(CompareMode.DIFF.toString());
        awaitFrame(f -> f.settings().mode() == CompareMode.DIFF);
        BinGrid diff = model.frame.get().diff().difference();
        assertThat(diff.total()).isEqualTo(b - TestWorkspaces.SEED_EVENTS);
        int cell = 0;
        for (int c = 0; c < diff.cellCount(); c++) if (diff.value(c) < diff.value(cell)) cell = c;
        robot.moveTo(screenPoint(diff.layout().centerX(cell), diff.layout().centerY(cell)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.hover.get()).contains("B − A " + HoverReadout.number(diff.value(cell)));
    }

    @Test
    void perPlayerBinsAreTheShareOfTheLevelsPlayersWhoDiedThere(FxRobot robot) throws Exception {
        awaitRenderAfter(0);
        robot.clickOn("#heatmap-normalise").clickOn("per player");
        awaitFrame(f -> f.settings().normalization() == Normalization.PER_PLAYER);
        BinGrid grid = model.frame.get().grid();
        assertThat(model.frame.get().query().normalization()).isEqualTo(Normalization.PER_PLAYER);

        // independently: distinct players with a death in each bin, over distinct players on the level
        long players = count("SELECT count(DISTINCT client_id) FROM game_events WHERE level_id = '"
                + TestWorkspaces.SEED_LEVEL + "'");
        assertThat(players).isGreaterThan(1);
        assertThat(grid.stats().population()).isEqualTo(players);
        double[] expected = perPlayerBins((SquareLayout) grid.layout(), players, "");
        for (int c = 0; c < grid.cellCount(); c++) {
            assertThat(grid.value(c)).as("bin %d", c).isCloseTo(expected[c], within(1e-9));
        }
        assertThat(java.util.Arrays.stream(expected).sum()).isPositive();

        // the units say so in the legend and in the read-out under the cursor
        assertThat(robot.lookup("#heatmap-legend").queryAs(javafx.scene.layout.VBox.class).getChildren().getFirst())
                .extracting(n -> ((javafx.scene.control.Label) n).getText()).isEqualTo("% of players (deaths) per bin");
        int busiest = 0;
        for (int c = 0; c < grid.cellCount(); c++) if (grid.value(c) > grid.value(busiest)) busiest = c;
        robot.moveTo(screenPoint(grid.layout().centerX(busiest), grid.layout().centerY(busiest)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.hover.get()).contains(HoverReadout.number(grid.value(busiest)) + " % of players (deaths) per bin");
        assertThat(model.status.get()).contains(players + " players");

        // per session: the seed sample has no session ids, so nothing can count and the status line says why
        robot.clickOn("#heatmap-normalise").clickOn("per session");
        awaitFrame(f -> f.settings().normalization() == Normalization.PER_SESSION);
        BinGrid sessions = model.frame.get().grid();
        assertThat(count("SELECT count(DISTINCT session_id) FROM game_events")).isZero();
        assertThat(sessions.stats().population()).isZero();
        assertThat(sessions.total()).isZero();
        assertThat(model.status.get()).contains("0 sessions (" + TestWorkspaces.SEED_EVENTS
                + " events without session id not counted)");
        assertThat(sessions.unit()).isEqualTo("% of sessions (deaths) per bin");
    }

    @Test
    void eachSideTakesSeveralVersionsAndCompareNormalisesBoth(FxRobot robot) throws Exception {
        awaitRenderAfter(0);
        // 1.1.0 repeats the deaths left of x = 500, 1.2.0 those right of it, by the first half of the players
        try (Connection c = services.warehouse().connect(); Statement st = c.createStatement()) {
            st.execute("INSERT INTO game_events SELECT * REPLACE (gen_random_uuid() AS event_id, '1.1.0' AS app_version)"
                    + " FROM game_events WHERE position_x < 500");
            st.execute("INSERT INTO game_events SELECT * REPLACE (gen_random_uuid() AS event_id, '1.2.0' AS app_version)"
                    + " FROM game_events WHERE position_x >= 500 AND app_version = '1.0.0' AND client_id IN"
                    + " (SELECT DISTINCT client_id FROM game_events ORDER BY client_id LIMIT 3)");
        }
        int before = model.renders.get();
        robot.interact(() -> {
            model.level.set(null);
            screen.controller().reloadLevels(TestWorkspaces.SEED_LEVEL);
        });
        awaitRenderAfter(before);
        assertThat(model.versions).containsExactlyInAnyOrder("1.0.0", "1.1.0", "1.2.0");

        // by keyboard only: Enter opens, down to 1.0.0, tick; down to 1.1.0, tick; Enter closes
        VersionPicker picker = robot.lookup("#heatmap-version").queryAs(VersionPicker.class);
        robot.interact(picker::requestFocus);
        robot.type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, picker::isShowing);
        robot.type(javafx.scene.input.KeyCode.DOWN).type(javafx.scene.input.KeyCode.SPACE)
                .type(javafx.scene.input.KeyCode.DOWN).type(javafx.scene.input.KeyCode.SPACE)
                .type(javafx.scene.input.KeyCode.ENTER);
        awaitFrame(f -> f.settings().versionsA().size() == 2);
        assertThat(picker.isShowing()).isFalse();
        List<String> picked = model.versionsA.get();
        assertThat(picker.getTooltip().getText()).isEqualTo(String.join(", ", picked));
        long events = count("SELECT count(*) FROM game_events WHERE app_version IN ('" + String.join("','", picked) + "')");
        assertThat(model.frame.get().grid().total()).isEqualTo(events);
        assertThat(model.frame.get().query().appVersions()).containsExactlyElementsOf(picked);

        // compare A = 1.0.0 with B = 1.1.0 + 1.2.0 (ticked with the mouse), both per player
        robot.interact(() -> model.versionsA.set(List.of("1.0.0")));
        robot.clickOn("#heatmap-compare").clickOn(CompareMode.SIDE_BY_SIDE.toString());
        robot.clickOn("#heatmap-version-b");
        robot.clickOn("#" + VersionPicker.optionId("heatmap-version-b", "1.1.0"))
                .clickOn("#" + VersionPicker.optionId("heatmap-version-b", "1.2.0"));
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        assertThat(model.versionsB.get()).containsExactly("1.1.0", "1.2.0");
        robot.clickOn("#heatmap-normalise").clickOn("per player");
        awaitFrame(f -> f.settings().mode() == CompareMode.SIDE_BY_SIDE && f.settings().versionsB().size() == 2
                && f.settings().normalization() == Normalization.PER_PLAYER);
        HeatmapDiff diff = model.frame.get().diff();
        long playersA = count("SELECT count(DISTINCT client_id) FROM game_events WHERE app_version = '1.0.0'");
        long playersB = count("SELECT count(DISTINCT client_id) FROM game_events WHERE app_version IN ('1.1.0', '1.2.0')");
        assertThat(diff.a().stats().population()).isEqualTo(playersA);
        assertThat(diff.b().stats().population()).isEqualTo(playersB);
        double[] expectedB = perPlayerBins((SquareLayout) diff.b().layout(), playersB, " AND app_version IN ('1.1.0', '1.2.0')");
        for (int c = 0; c < diff.b().cellCount(); c++) {
            assertThat(diff.b().value(c)).as("B bin %d", c).isCloseTo(expectedB[c], within(1e-9));
        }
        assertThat(diff.a().unit()).isEqualTo("% of players (deaths) per bin");
        assertThat(model.status.get()).contains(playersA + " vs " + playersB + " players");
        assertThat(model.frame.get().panels()).extracting(HeatmapFrame.Panel::title)
                .containsExactly("A: version 1.0.0", "B: versions 1.1.0, 1.2.0");
    }

    @Test
    void theControlsAreSavedInTheWorkspaceAndComeBackWithIt(FxRobot robot) throws Exception {
        awaitRenderAfter(0);
        robot.clickOn("#heatmap-normalise").clickOn("per session");
        robot.interact(() -> {
            model.shape.set(BinShape.HEX);
            model.binSize.set(8);
            model.versionsA.set(List.of("1.0.0"));
            model.mode.set(CompareMode.DIFF);
        });
        awaitFrame(f -> f.settings().normalization() == Normalization.PER_SESSION && f.settings().binSize() == 8
                && f.settings().mode() == CompareMode.DIFF);
        Path saved = workspace.dir().resolve(SavedControls.FILE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.isRegularFile(saved)
                && Files.readString(saved).contains("PER_SESSION") && Files.readString(saved).contains("DIFF"));

        // the workspace opened again: a new screen over the same folder shows the same map
        HeatmapsScreen again = new HeatmapsScreen(services.heatmaps(), executor, new LevelStore(workspace), null);
        HeatmapsModel m = again.model();
        robot.interact(() -> {
            screen.close();
            stage.getScene().setRoot((javafx.scene.Parent) again.view());
            again.activate();
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> m.frame.get() != null && !m.busy.get());
        HeatmapSettings s = m.frame.get().settings();
        assertThat(s.normalization()).isEqualTo(Normalization.PER_SESSION);
        assertThat(s.shape()).isEqualTo(BinShape.HEX);
        assertThat(s.binSize()).isEqualTo(8);
        assertThat(s.versionsA()).containsExactly("1.0.0");
        assertThat(s.mode()).isEqualTo(CompareMode.DIFF);
        assertThat(robot.lookup("#heatmap-normalise").queryComboBox().getSelectionModel().getSelectedItem())
                .isEqualTo(Normalization.PER_SESSION);
        assertThat(m.frame.get().diff().a().unit()).isEqualTo("% of sessions (deaths) per bin");
        robot.interact(again::close);
    }

    private double[] perPlayerBins(SquareLayout layout, long players, String filter) throws Exception {
        return shareBins(layout, "client_id", players, filter);
    }

    /** Per bin: distinct {@code column} values with a seed-level death there × 100 / {@code population}, in SQL of its own. */
    private double[] shareBins(SquareLayout layout, String column, long population, String filter) throws Exception {
        double[] out = new double[layout.cellCount()];
        String sql = "SELECT CAST(FLOOR((position_x - " + layout.x0() + ") / " + layout.binSize() + ") AS BIGINT),"
                + " CAST(FLOOR((position_y - " + layout.y0() + ") / " + layout.binSize() + ") AS BIGINT),"
                + " count(DISTINCT " + column + ") FROM game_events WHERE level_id = '" + TestWorkspaces.SEED_LEVEL + "'"
                + " AND event_type = 'player_death' AND position_x IS NOT NULL AND position_y IS NOT NULL" + filter
                + " GROUP BY 1, 2";
        try (Connection c = services.warehouse().connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                int cell = layout.cellOfKey(rs.getLong(1), rs.getLong(2));
                if (cell >= 0) out[cell] = rs.getLong(3) * 100.0 / population;
            }
        }
        return out;
    }

    @Test
    void addLevelCopiesTheImageIntoTheWorkspaceAndShowsIt(FxRobot robot) throws Exception {
        awaitRenderAfter(0);
        levelImage = RealData.file("pubg/Miramar_Main_Low_Res.png");
        robot.clickOn("#heatmap-add-level");
        awaitFrame(f -> f.level().id().equals("miramar_main_low_res"));
        assertThat(model.levels).extracting(LevelMap::id).containsExactly(TestWorkspaces.SEED_LEVEL, "miramar_main_low_res");
        assertThat(workspace.dir().resolve("levels/miramar_main_low_res.png")).exists();
        assertThat(workspace.dir().resolve("levels-added.json")).exists();
        // no events on the new level yet: an empty map over the image, not an error
        assertThat(model.frame.get().grid().total()).isZero();
        assertThat(model.frame.get().imageWidth()).isEqualTo(819);
    }

    @Test
    void aMillionVisibleBinsLeaveTheUiThreadFree(FxRobot robot) throws Exception {
        awaitRenderAfter(0);
        // the same screen over a service that returns a dense grid for whatever it is asked
        HeatmapService dense = new HeatmapService() {
            @Override
            public LevelFacets facets(String levelId, JobContext ctx) {
                return new LevelFacets(levelId, List.of("player_death"), List.of(), 1);
            }

            @Override
            public BinGrid bins(HeatmapQuery query, JobContext ctx) {
                BinLayout layout = BinLayout.of(query);
                double[] values = new double[layout.cellCount()];
                java.util.Random random = new java.util.Random(7);
                for (int i = 0; i < values.length; i++) values[i] = random.nextInt(50);
                long total = (long) java.util.Arrays.stream(values).sum();
                return new BinGrid(layout, values, new BinStats(total, total, 0, 0, 0, 0), "deaths per bin", 0, false);
            }

            @Override
            public HeatmapDiff diff(HeatmapQuery query, List<String> a, List<String> b, JobContext ctx) {
                throw new UnsupportedOperationException();
            }
        };
        HeatmapsScreen big = new HeatmapsScreen(dense, executor, new LevelStore(workspace), null);
        HeatmapsModel m = big.model();
        long[] maxGap = {0};
        long[] last = {0};
        javafx.animation.AnimationTimer pulses = new javafx.animation.AnimationTimer() {
            @Override
            public void handle(long now) {
                if (last[0] != 0) maxGap[0] = Math.max(maxGap[0], now - last[0]);
                last[0] = now;
            }
        };
        robot.interact(() -> {
            screen.close();
            stage.getScene().setRoot((javafx.scene.Parent) big.view());
            big.activate();
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> m.renders.get() > 0 && !m.busy.get());
        robot.interact(() -> {
            pulses.start();
            m.binSize.set(0.5); // 512 world units across: 1024 x 1024 bins
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> m.frame.get() != null
                && m.frame.get().grid().cellCount() >= 1_000_000 && !m.busy.get());
        for (int i = 0; i < 20; i++) robot.moveTo(robot.lookup("#heatmap-canvas").queryAs(Node.class)).moveBy(i * 7 - 70, i * 5 - 50);
        robot.interact(pulses::stop);
        assertThat(m.hover.get()).contains("deaths per bin");
        System.out.printf("1M bins: longest UI-thread pause %d ms%n", maxGap[0] / 1_000_000);
        // The figure is reported, not a timing target: the build machine is shared and noisy (30–1,000 ms seen).
        // The bound catches only gross blocking of the UI thread, e.g. a query waited for on it.
        assertThat(maxGap[0] / 1_000_000).as("longest pause between UI pulses (ms)").isLessThan(2_500);
        robot.interact(big::close);
    }

    /** The screen point showing world point (x, y) in the first panel, through the current view. */
    private Point2D screenPoint(double x, double y) {
        HeatmapFrame f = model.frame.get();
        Node canvas = screen.view().lookup("#heatmap-canvas");
        HeatmapCanvas c = (HeatmapCanvas) canvas;
        PixelWindow w = model.view.get().window(f.imageWidth(), f.imageHeight(), (int) c.panelWidth(), (int) c.getHeight());
        double ix = f.calibration().imageX(x, y), iy = f.calibration().imageY(x, y);
        return canvas.localToScreen((ix - w.imageX()) * w.scale(), (iy - w.imageY()) * w.scale());
    }

    /** Fills a text field (typing key by key is slow on Monocle and tests nothing of ours). */
    private static void type(FxRobot robot, String field, String text) {
        robot.interact(() -> robot.lookup(field).queryAs(javafx.scene.control.TextField.class).setText(text));
    }

    private long count(String sql) throws Exception {
        try (Connection c = services.warehouse().connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
