package dev.playlens.app.publish;

import dev.playlens.app.ScreenFactory;
import dev.playlens.app.shell.MainWindow;
import dev.playlens.app.shell.TestMainWindow;
import dev.playlens.app.workspace.Workspace;
import dev.playlens.storage.ListRequest;
import dev.playlens.storage.ObjectInfo;
import dev.playlens.storage.ObjectStore;
import dev.playlens.storage.ObjectStores;
import dev.playlens.storage.StoreSettings;
import dev.playlens.testsupport.AzuriteServer;
import dev.playlens.testsupport.RealServers;
import dev.playlens.testsupport.S3Server;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Publish screen in the real main window (Monocle) publishing prediction files to an S3 prefix (S3Proxy) and an
 * Azure Blob prefix (Azurite), with the credentials of the app's environment map, as ScreenFactory passes it.
 */
@ExtendWith({RealServers.class, ApplicationExtension.class})
class PublishScreenBucketFxTest {
    @TempDir
    static Path shared;
    private static Workspace workspace;
    private static Map<String, String> env;
    private static String s3;
    private static String blob;

    private TestMainWindow ui;
    private MainWindow window;

    @BeforeAll
    static void serversAndWorkspace(S3Server s3Server, AzuriteServer azurite) throws Exception {
        String unique = "fx" + ProcessHandle.current().pid();
        s3Server.createBucket(unique + "-scores");
        azurite.createContainer(unique + "-scores");
        s3 = "s3://" + unique + "-scores/nightly";
        blob = "azure://" + unique + "-scores/nightly";
        env = Map.of("AWS_ENDPOINT_URL", s3Server.endpoint().toString(), "AWS_REGION", s3Server.region(),
                "AWS_ACCESS_KEY_ID", s3Server.accessKey(), "AWS_SECRET_ACCESS_KEY", s3Server.secretKey(),
                "AZURE_STORAGE_CONNECTION_STRING", azurite.connectionString());
        workspace = PublishModels.workspace(shared.resolve("ws"));
    }

    @Start
    void start(Stage stage) {
        ui = TestMainWindow.open(stage, workspace, shared.resolve("ui.json"), env);
        window = ui.window();
    }

    @AfterEach
    void close() throws Exception {
        ui.close();
    }

    @Test
    void publishesBothVersionsToTheBucketsAndShowsTheNewestPerTarget(FxRobot robot) throws Exception {
        robot.clickOn("#nav-publish");
        PublishModel model = ((PublishScreen) window.screens().byTitle("Publish")).model();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.modelNames.contains("churn"));
        robot.interact(() -> {
            model.modelProperty().set("churn");
            model.versionProperty().set(1);
            model.idColumnProperty().set(PublishModels.ID);
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> PublishModels.TABLE.equals(model.dataProperty().get()));
        for (String to : new String[]{s3, blob}) {
            robot.interact(() -> model.newTargetProperty().set(to));
            robot.clickOn("#publish-add-target");
        }
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.states().size() == 2
                && "nothing published".equals(model.states().get(0).note()));

        publish(robot, model);
        assertThat(model.statusProperty().get()).isEqualTo("Published churn v1: 7,043 users to 2 targets.");
        robot.interact(() -> model.versionProperty().set(2));
        publish(robot, model);
        assertThat(model.states()).extracting(TargetState::current).containsExactly(2, 2);
        assertThat(model.history().getFirst().targets()).isEqualTo(s3 + " (7043), " + blob + " (7043)");
        for (String to : new String[]{s3, blob}) {
            try (ObjectStore store = ObjectStores.open(to, StoreSettings.DEFAULTS
                    .withS3(java.net.URI.create(env.get("AWS_ENDPOINT_URL")), env.get("AWS_REGION"),
                            env.get("AWS_ACCESS_KEY_ID"), env.get("AWS_SECRET_ACCESS_KEY"))
                    .withAzureConnectionString(env.get("AZURE_STORAGE_CONNECTION_STRING")))) {
                assertThat(store.list(ListRequest.recursive("predictions/churn/")).entries()).extracting(ObjectInfo::key)
                        .as(to).containsExactlyInAnyOrder("predictions/churn/1/predictions.csv",
                                "predictions/churn/1/predictions.parquet", "predictions/churn/2/predictions.csv",
                                "predictions/churn/2/predictions.parquet");
            }
        }
        assertThat(Files.readString(workspace.dir().resolve(PublishScreen.SETTINGS_FILE)))
                .contains(s3).doesNotContain(env.get("AWS_SECRET_ACCESS_KEY")).doesNotContain("AccountKey");
        screenshot();
    }

    private static void publish(FxRobot robot, PublishModel model) throws Exception {
        int before = model.refreshesProperty().get();
        robot.clickOn("#publish-run");
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !model.runningProperty().get()
                    && model.refreshesProperty().get() > before && model.statusProperty().get().startsWith("Published"));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("no publish; status: " + model.statusProperty().get(), e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void screenshot() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Path file = Path.of("target", "gui-publish-buckets.png");
        Files.createDirectories(file.getParent());
        var image = WaitForAsyncUtils.asyncFx(() -> window.stage().getScene().snapshot(null)).get(10, TimeUnit.SECONDS);
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
    }
}
