package dev.playlens.app.publish;

import dev.playlens.app.services.WarehouseWorkspaceServices;
import dev.playlens.app.shell.MainWindow;
import dev.playlens.app.shell.TestMainWindow;
import dev.playlens.app.workspace.JsonFileStore;
import dev.playlens.app.workspace.Workspace;
import dev.playlens.core.job.JobListener;
import dev.playlens.core.job.Progress;
import dev.playlens.core.job.ThreadPoolJobExecutor;
import dev.playlens.publish.cache.RedisKeys;
import dev.playlens.testsupport.RealServers;
import dev.playlens.testsupport.RedisServer;
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
import redis.clients.jedis.JedisPooled;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Publish screen in the real main window (Monocle), on a real Telco model registry, DuckDB and Redis: publish
 * to a warehouse table and the cache, the history and each target's version, a cache rollback in one click, and a
 * cancelled publish that leaves every target where it was.
 */
@ExtendWith({RealServers.class, ApplicationExtension.class})
class PublishScreenFxTest {
    @TempDir
    static Path shared;
    private static Workspace workspace;
    private static String redisUri;
    private static JedisPooled redis;

    private TestMainWindow ui;
    private ThreadPoolJobExecutor executor;
    private MainWindow window;
    private WarehouseWorkspaceServices services;

    @BeforeAll
    static void buildWorkspace(RedisServer server) throws Exception {
        server.start();
        redisUri = server.uri().toString();
        redis = new JedisPooled(server.host(), server.port());
        redis.flushAll();
        workspace = PublishModels.workspace(shared.resolve("ws"));
    }

    @Start
    void start(Stage stage) {
        ui = TestMainWindow.open(stage, workspace, shared.resolve("ui.json"), Map.of());
        executor = ui.executor();
        window = ui.window();
        services = ui.services();
    }

    @AfterEach
    void close() throws Exception {
        ui.close();
    }

    @Test
    void publishesRollsBackTheCacheAndCancelsWithoutMovingAnyTarget(FxRobot robot) throws Exception {
        robot.clickOn("#nav-publish");
        PublishScreen screen = (PublishScreen) window.screens().byTitle("Publish");
        PublishModel model = screen.model();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.modelNames.contains("churn"));
        robot.interact(() -> {
            model.modelProperty().set("churn");
            model.versionProperty().set(1);
            model.idColumnProperty().set(PublishModels.ID);
            model.ttlHoursProperty().set(2);
        });
        // The version's training data (the warehouse's telco table) is offered as the data to score.
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> PublishModels.TABLE.equals(model.dataProperty().get()));
        assertThat(model.dataKindProperty().get()).isEqualTo(PublishSettings.DataKind.TABLE);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.modelSummaryProperty().get().contains("table telco"));
        assertThat(model.modelSummaryProperty().get()).startsWith("gbt · AUC 0.");
        addTarget(robot, model, "warehouse#churn_predictions");
        addTarget(robot, model, redisUri);

        publish(robot, model);
        assertThat(model.statusProperty().get()).isEqualTo("Published churn v1: 7,043 users to 2 targets.");
        HistoryRow first = model.history().getFirst();
        assertThat(first.version()).isEqualTo(1);
        assertThat(first.status()).isEqualTo("ok");
        assertThat(first.rows()).isEqualTo(PublishModels.USERS);
        assertThat(first.keys()).isEqualTo(PublishModels.USERS);
        assertThat(first.targets()).contains("#churn_predictions (7043)").contains(redisUri + " (7043)");
        assertThat(model.states()).extracting(TargetState::current).containsExactly(1, 1);
        assertThat(tableRows(1)).isEqualTo(PublishModels.USERS);
        assertThat(redis.ttl(RedisKeys.value("churn", 1, "7590-VHVEG"))).isBetween(7000L, 7200L);

        robot.interact(() -> model.versionProperty().set(2));
        publish(robot, model);
        assertThat(model.history()).hasSize(2);
        assertThat(model.states()).extracting(TargetState::current).containsExactly(2, 2);
        assertThat(model.states().get(1).switchText()).isEqualTo("Roll back to v1");
        assertThat(model.states().get(1).note()).containsPattern("^7,043 keys, expire in (1 h 5\\d|2 h 0) min \\(published ");
        assertThat(redis.get(RedisKeys.current("churn"))).isEqualTo("2");

        // One click: the cache's current pointer goes back to v1; the table keeps v2.
        int before = model.refreshesProperty().get();
        robot.clickOn("Roll back to v1");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.refreshesProperty().get() > before
                && Integer.valueOf(1).equals(model.states().get(1).current()));
        assertThat(redis.get(RedisKeys.current("churn"))).isEqualTo("1");
        assertThat(model.states()).extracting(TargetState::current).containsExactly(2, 1);
        assertThat(model.statusProperty().get()).contains("now get churn v1");
        assertThat(model.states().get(1).switchText()).as("the rollback can be undone").isEqualTo("Switch to v2");

        // Cancel while v2 is sent again: the cache stays on v1 and the table on its whole v2 set.
        CountDownLatch sent = new CountDownLatch(1);
        AtomicBoolean armed = new AtomicBoolean(true);
        executor.addSubmitListener(job -> {
            if (job.name().startsWith("Publish churn") && armed.getAndSet(false)) job.addListener(new JobListener() {
                @Override
                public void progressed(dev.playlens.core.job.JobHandle<?> h, Progress p) {
                    if (!p.message().startsWith("scored and sent")) return;
                    sent.countDown();
                    try {
                        Thread.sleep(20_000); // holds the publish between its last batch and the commit
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            });
        });
        int refreshesBefore = model.refreshesProperty().get();
        robot.clickOn("#publish-run");
        assertThat(sent.await(30, TimeUnit.SECONDS)).isTrue();
        robot.clickOn("#publish-cancel");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !model.runningProperty().get()
                && model.refreshesProperty().get() > refreshesBefore);
        assertThat(model.statusProperty().get()).contains("cancelled");
        assertThat(model.history().getFirst().status()).isEqualTo("cancelled");
        assertThat(redis.get(RedisKeys.current("churn"))).isEqualTo("1");
        assertThat(tableRows(2)).isEqualTo(PublishModels.USERS);
        assertThat(model.states()).extracting(TargetState::current).containsExactly(2, 1);

        PublishSettings saved = JsonFileStore.in(workspace, PublishScreen.SETTINGS_FILE, PublishSettings.class,
                PublishSettings::empty).read();
        assertThat(saved.targets()).extracting(PublishSettings.TargetChoice::to)
                .containsExactly("warehouse#churn_predictions", redisUri);
        assertThat(saved.idColumn()).isEqualTo(PublishModels.ID);
        assertThat(saved.ttlHours()).isEqualTo(2);
        screenshot(robot);
    }

    private static void addTarget(FxRobot robot, PublishModel model, String to) {
        robot.interact(() -> model.newTargetProperty().set(to));
        robot.clickOn("#publish-add-target");
    }

    private static void publish(FxRobot robot, PublishModel model) throws Exception {
        int before = model.refreshesProperty().get();
        robot.clickOn("#publish-run");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !model.runningProperty().get()
                && model.refreshesProperty().get() > before && model.statusProperty().get().startsWith("Published"));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private long tableRows(int version) throws Exception {
        try (Connection c = services.warehouse().connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM churn_predictions WHERE model = 'churn' AND version = "
                     + version)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void screenshot(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Path file = Path.of("target", "gui-publish.png");
        Files.createDirectories(file.getParent());
        var image = WaitForAsyncUtils.asyncFx(() -> window.stage().getScene().snapshot(null)).get(10, TimeUnit.SECONDS);
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
    }
}
