package dev.playlens.app.storage;

import dev.playlens.app.shell.MainWindow;
import dev.playlens.app.shell.TestMainWindow;
import dev.playlens.app.sql.SqlScreen;
import dev.playlens.app.workspace.JsonFileStore;
import dev.playlens.app.workspace.Workspace;
import dev.playlens.app.workspace.WorkspaceSettings;
import dev.playlens.storage.ObjectInfo;
import dev.playlens.storage.ObjectStore;
import dev.playlens.storage.ObjectStores;
import dev.playlens.testsupport.RealData;
import dev.playlens.testsupport.RealServers;
import dev.playlens.testsupport.S3Server;
import dev.playlens.warehouse.ingest.LoadReport;
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

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Load into warehouse" on an S3 folder in the real main window: the SQL screen's load dialog opens on the folder
 * and streams it from S3Proxy, reaching the store through the saved location's own endpoint (the environment
 * names none), de-duplicated, and a re-run inserts nothing.
 */
@ExtendWith({RealServers.class, ApplicationExtension.class})
class LoadHandOverFxTest {
    @TempDir
    static Path tmp;
    private static String bucket;
    private static Map<String, String> env;
    private static String endpoint;

    private TestMainWindow ui;
    private MainWindow window;
    private StorageScreen storage;
    private SqlScreen sql;
    private Workspace workspace;

    @BeforeAll
    static void bucket(S3Server s3) throws Exception {
        bucket = "handover-" + ProcessHandle.current().pid();
        s3.createBucket(bucket);
        endpoint = s3.endpoint().toString();
        env = Map.of("AWS_ACCESS_KEY_ID", s3.accessKey(), "AWS_SECRET_ACCESS_KEY", s3.secretKey(),
                "AWS_REGION", s3.region());
        byte[] deaths = Files.readAllBytes(RealData.file("aws-pipeline/heatmap-sample-data.txt"));
        var settings = new StoreConnector(env).settingsFor(new SavedLocation("s3", "s3://" + bucket, endpoint, null));
        try (ObjectStore store = ObjectStores.open("s3://" + bucket, settings)) {
            store.write("telemetry/2017/10/events.json", new ByteArrayInputStream(deaths), deaths.length);
            byte[] retried = gzip(deaths); // a client retry: the same events again, compressed
            store.write("telemetry/2017/10/retry.json.gz", new ByteArrayInputStream(retried), retried.length);
            store.write("notes/readme.txt", new ByteArrayInputStream(new byte[] {'h', 'i'}), 2);
        }
    }

    @Start
    void start(Stage stage) {
        workspace = Workspace.create(tmp.resolve("ws"), WorkspaceSettings.named("Hand-over test", null));
        JsonFileStore.in(workspace, StorageSettings.FILE_NAME, StorageSettings.class, StorageSettings::empty)
                .write(new StorageSettings(List.of(new SavedLocation("Raw telemetry", "s3://" + bucket, endpoint, null))));
        ui = TestMainWindow.open(stage, workspace, tmp.resolve("ui.json"), env);
        window = ui.window();
        storage = (StorageScreen) window.screens().byTitle("Storage");
        sql = (SqlScreen) window.screens().byTitle("SQL");
        window.select(storage);
    }

    @AfterEach
    void close() throws Exception {
        ui.close();
    }

    @Test
    void anS3FolderLoadsThroughTheLoadDialogAndARerunInsertsNothing(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> storage.model().entries().stream()
                .anyMatch(e -> e.key().equals("telemetry/")));
        ObjectInfo telemetry = storage.model().entries().stream().filter(e -> e.key().equals("telemetry/"))
                .findFirst().orElseThrow();

        robot.interact(() -> storage.controller().loadIntoWarehouse(telemetry));
        assertThat(sql.ingestModel().sourceProperty().get()).isEqualTo("s3://" + bucket + "/telemetry/");
        LoadReport first = load(robot);
        assertThat(first.files()).isEqualTo(2);
        assertThat(first.read()).isEqualTo(2 * 642);
        assertThat(first.inserted()).isEqualTo(642);
        assertThat(first.duplicates()).isEqualTo(642);
        assertThat(first.rejected()).isZero();
        assertThat(count()).isEqualTo(642);

        robot.interact(() -> storage.controller().loadIntoWarehouse(telemetry));
        LoadReport again = load(robot);
        assertThat(again.inserted()).isZero();
        assertThat(count()).isEqualTo(642);
    }

    @Test
    void aBucketTheStoreDoesNotHaveIsReportedAndLoadsNothing(FxRobot robot) throws Exception {
        robot.interact(() -> {
            sql.openIngestDialog("s3://no-such-bucket-" + ProcessHandle.current().pid() + "/events/");
            robot.lookup("#ingest-start").queryButton().fire();
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !sql.ingestModel().runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(sql.ingestModel().reportProperty().get()).isNull();
        assertThat(sql.ingestModel().messageProperty().get()).containsIgnoringCase("no-such-bucket");
    }

    private LoadReport load(FxRobot robot) throws Exception {
        robot.interact(() -> robot.lookup("#ingest-start").queryButton().fire());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !sql.ingestModel().runningProperty().get()
                && sql.ingestModel().reportProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        return sql.ingestModel().reportProperty().get();
    }

    private long count() throws Exception {
        try (Connection c = sql.connections().warehouse().connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM game_events")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static byte[] gzip(byte[] data) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        }
        return out.toByteArray();
    }
}
