package dev.playlens.app.storage;

import dev.playlens.app.shell.MainWindow;
import dev.playlens.app.shell.TestMainWindow;
import dev.playlens.app.workspace.Workspace;
import dev.playlens.storage.ObjectInfo;
import dev.playlens.storage.ObjectStore;
import dev.playlens.testsupport.AzuriteServer;
import dev.playlens.testsupport.RealServers;
import dev.playlens.testsupport.S3Server;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.image.ImageView;
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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/** The Storage screen in the real main window against S3Proxy and Azurite. */
@ExtendWith({RealServers.class, ApplicationExtension.class})
class StorageScreenFxTest {
    private static final AtomicInteger SEQ = new AtomicInteger();
    @TempDir
    static Path shared;
    private static StorageFixture fixture;

    private TestMainWindow ui;
    private MainWindow window;
    private StorageScreen screen;
    private String container;
    private String missing;
    private Workspace workspace;

    @BeforeAll
    static void servers(S3Server s3, AzuriteServer az) throws Exception {
        long t0 = System.nanoTime();
        fixture = new StorageFixture(s3, az);
        System.out.printf("storage fixture ready in %d ms%n", (System.nanoTime() - t0) / 1_000_000);
    }

    @Start
    void start(Stage stage) {
        int n = SEQ.incrementAndGet();
        container = "archive-" + ProcessHandle.current().pid() + "-" + n;
        missing = "later-" + ProcessHandle.current().pid() + "-" + n;
        if (!fixture.az.isRunning()) {
            // on a shared, overloaded test machine the Node process has been seen to vanish; its data stays
            System.out.println("Azurite is not running any more; starting it again");
            fixture.az.start();
        }
        fixture.az.createContainer(container);
        workspace = fixture.workspace(shared.resolve("ws-" + n), container, missing);
        ui = TestMainWindow.open(stage, workspace, shared.resolve("ui-" + n + ".json"), fixture.env);
        window = ui.window();
        screen = (StorageScreen) window.screens().byTitle("Storage");
        screen.model().pageSizeProperty().set(400);
        window.select(screen);
    }

    @AfterEach
    void close() throws Exception {
        ui.close();
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get(20, TimeUnit.SECONDS);
    }

    private static void await(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void browse(FxRobot robot, String prefix) throws Exception {
        robot.interact(() -> screen.browser().browse(prefix));
        await(() -> !screen.model().listingProperty().get() && prefix.equals(screen.model().prefixProperty().get()));
    }

    private ObjectInfo entry(String key) {
        return screen.model().entries().stream().filter(e -> e.key().equals(key)).findFirst().orElseThrow();
    }

    private SavedLocation location(String namePrefix) {
        return screen.model().locations().stream().filter(l -> l.name().startsWith(namePrefix)).findFirst().orElseThrow();
    }

    @Test
    void browsesFifteenHundredObjectsPageByPage(FxRobot robot) throws Exception {
        await(() -> !screen.model().entries().isEmpty());
        assertThat(screen.model().locationProperty().get().name()).isEqualTo("Raw telemetry (S3)");
        assertThat(screen.model().entries()).extracting(ObjectInfo::key).containsExactly("many/", "telemetry/");

        robot.doubleClickOn("many/");
        await(() -> "many/".equals(screen.model().prefixProperty().get()) && !screen.model().listingProperty().get());
        Set<String> seen = new HashSet<>();
        List<String> firstPage = screen.model().entries().stream().map(ObjectInfo::key).toList();
        assertThat(firstPage).hasSize(400).startsWith("many/obj-00000.json");
        assertThat(screen.model().statusProperty().get())
                .isEqualTo("Page 1: entries 1–400 (more on the next page) — 0 folders, 400 objects");
        seen.addAll(firstPage);
        for (int page = 2; page <= 4; page++) {
            robot.clickOn("#storage-next");
            int expected = page - 1;
            await(() -> screen.model().pageProperty().get() == expected && !screen.model().listingProperty().get());
            assertThat(screen.model().entries()).hasSize(page < 4 ? 400 : 300);
            seen.addAll(screen.model().entries().stream().map(ObjectInfo::key).toList());
        }
        assertThat(seen).hasSize(StorageFixture.MANY);
        assertThat(screen.model().hasNextPageProperty().get()).isFalse();
        assertThat(screen.model().statusProperty().get()).startsWith("Page 4: entries 1,201–1,500 — ");
        robot.clickOn("#storage-previous");
        await(() -> screen.model().pageProperty().get() == 2 && !screen.model().listingProperty().get());
        assertThat(screen.model().entries().getFirst().key()).isEqualTo("many/obj-00800.json");
        // Backspace in the list goes one folder up
        robot.clickOn("obj-00800.json");
        robot.type(javafx.scene.input.KeyCode.BACK_SPACE);
        await(() -> screen.model().prefixProperty().get().isEmpty() && !screen.model().listingProperty().get());
        assertThat(screen.model().entries()).extracting(ObjectInfo::key).containsExactly("many/", "telemetry/");
        // the folder tree followed the browsing
        assertThat(robot.lookup("#storage-tree").queryAs(javafx.scene.control.TreeView.class).getRoot().getChildren()).hasSize(2);
    }

    @Test
    void previewsJsonLinesCsvAndImages(FxRobot robot) throws Exception {
        await(() -> !screen.model().entries().isEmpty());
        browse(robot, "telemetry/2017/10/");
        robot.interact(() -> screen.browser().preview(entry("telemetry/2017/10/events.json.gz")));
        await(() -> screen.model().previewProperty().get() instanceof Preview.Text);
        String text = robot.lookup("#storage-preview-text").queryAs(TextArea.class).getText();
        assertThat(text).contains("\"event_type\" : \"player_death\"").contains("\"level_id\" : \"test_level\"");
        assertThat(robot.lookup("#storage-preview-note").queryAs(Label.class).getText()).isEqualTo("First 50 lines");

        browse(robot, "telemetry/");
        robot.clickOn("churn.csv");
        await(() -> screen.model().previewProperty().get() instanceof Preview.Table);
        TableView<?> grid = robot.lookup("#storage-preview-grid").queryAs(TableView.class);
        assertThat(grid.getColumns()).hasSize(21);
        assertThat(grid.getItems()).hasSize(50);
        screenshot(robot, "gui-storage-browser.png");

        robot.clickOn("level.png");
        await(() -> screen.model().previewProperty().get() instanceof Preview.Image);
        ImageView image = robot.lookup("#storage-preview-image").queryAs(ImageView.class);
        assertThat(image.getImage().getWidth()).isEqualTo(512);
        assertThat(robot.lookup("#storage-preview-note").queryAs(Label.class).getText()).isEqualTo("512 × 512 px");
    }

    @Test
    void copiesAPrefixFromS3ToBlobThroughTheQueueByteForByte(FxRobot robot) throws Exception {
        await(() -> !screen.model().entries().isEmpty());
        List<TransferRow> rows = onFx(() -> screen.controller().copy(List.of(entry("telemetry/")), location("Archive")));
        TransferRow row = rows.getFirst();
        assertThat(row.spec().sourceUri()).isEqualTo("s3://" + fixture.bucket + "/telemetry/");
        assertThat(row.spec().destinationUri()).isEqualTo("azure://" + container + "/telemetry/");
        await(() -> row.state.get().isFinished());
        assertThat(row.state.get()).as(row.message.get()).isEqualTo(TransferState.DONE);
        assertThat(row.message.get()).isEqualTo("5 copied, 0 already there, 5 verified");
        try (ObjectStore source = fixture.open("s3://" + fixture.bucket + "/telemetry/");
             ObjectStore copy = fixture.open("azure://" + container + "/telemetry/")) {
            assertThat(StorageFixture.fingerprint(copy)).hasSize(5).isEqualTo(StorageFixture.fingerprint(source));
        }
        assertThat(Files.list(workspace.journalDir()).map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("transfer-"));
        assertThat(screen.queue().totalDoneProperty().get()).isEqualTo(screen.queue().totalBytesProperty().get()).isGreaterThan(17 << 20);

        // a second copy to a container nobody created: failed, with the reason in the row
        browse(robot, "telemetry/2017/10/");
        List<ObjectInfo> events = List.copyOf(screen.model().entries());
        TransferRow failed = onFx(() -> screen.controller().copy(events, location("Not created yet")).getFirst());
        await(() -> failed.state.get().isFinished());
        robot.interact(() -> screen.browser().preview(entry("telemetry/2017/10/events.json")));
        await(() -> screen.model().previewProperty().get() instanceof Preview.Text);
        assertThat(screen.queue().totalSummary()).endsWith(" copied, 1 failed");
        robot.interact(() -> robot.lookup("#storage-transfer-table").queryTableView().getSelectionModel().select(1));
        assertThat(robot.lookup("#storage-transfer-details").queryAs(Label.class).getText())
                .contains("azure://" + missing, "the container does not exist");
        screenshot(robot, "gui-storage-transfers.png");
    }

    @Test
    void aCancelledCopyRetriesToTheEndAndLeavesNoAbandonedUploads(FxRobot robot) throws Exception {
        await(() -> !screen.model().entries().isEmpty());
        browse(robot, "telemetry/");
        TransferRow row = onFx(() -> {
            TransferRow r = screen.controller().copy(List.of(entry("telemetry/raw/")), location("Archive")).getFirst();
            screen.queue().cancel(r);
            return r;
        });
        await(() -> row.state.get() == TransferState.CANCELLED);
        robot.interact(() -> screen.queue().retry(row));
        await(() -> row.state.get().isFinished());
        assertThat(row.state.get()).as(row.message.get()).isEqualTo(TransferState.DONE);
        try (ObjectStore source = fixture.open("s3://" + fixture.bucket + "/telemetry/raw/");
             ObjectStore copy = fixture.open("azure://" + container + "/raw/")) {
            assertThat(StorageFixture.fingerprint(copy)).isEqualTo(StorageFixture.fingerprint(source));
        }
    }

    @Test
    void aMissingContainerFailsClearlyAndRetryFailedFinishesOnceItExists(FxRobot robot) throws Exception {
        await(() -> !screen.model().entries().isEmpty());
        browse(robot, "telemetry/2017/10/");
        List<ObjectInfo> picked = List.copyOf(screen.model().entries());
        TransferRow row = onFx(() -> screen.controller().copy(picked, location("Not created yet")).getFirst());
        await(() -> row.state.get().isFinished());
        assertThat(row.state.get()).isEqualTo(TransferState.FAILED);
        assertThat(row.message.get()).contains("azure://" + missing).contains("the container does not exist");

        fixture.az.createContainer(missing);
        robot.clickOn("#storage-retry-failed");
        await(() -> row.state.get().isFinished());
        assertThat(row.state.get()).as(row.message.get()).isEqualTo(TransferState.DONE);
        assertThat(row.message.get()).isEqualTo("2 copied, 0 already there, 2 verified");
        try (ObjectStore source = fixture.open("s3://" + fixture.bucket + "/telemetry/2017/10/");
             ObjectStore copy = fixture.open("azure://" + missing)) {
            assertThat(StorageFixture.fingerprint(copy)).isEqualTo(StorageFixture.fingerprint(source));
        }
    }

    @Test
    void aMissingBucketAndWrongCredentialsAreNamedInTheErrorBanner(FxRobot robot) throws Exception {
        await(() -> !screen.model().entries().isEmpty());
        robot.interact(() -> robot.lookup("#storage-locations").queryListView().getSelectionModel().select(location("Typo")));
        await(() -> screen.model().errorProperty().get() != null);
        Label banner = robot.lookup("#storage-error").queryAs(Label.class);
        assertThat(banner.isVisible()).isTrue();
        assertThat(banner.getText()).contains("s3://no-such-bucket-").contains("the bucket does not exist");

        StorageScreen wrong = onFx(() -> new StorageScreen(workspace, ui.executor(),
                new java.util.HashMap<>(fixture.env) {{ put("AWS_SECRET_ACCESS_KEY", "not-the-secret"); }}, uri -> { }));
        robot.interact(() -> {
            wrong.view();
            wrong.browser().open(SavedLocation.of("raw", "s3://" + fixture.bucket));
        });
        await(() -> wrong.model().errorProperty().get() != null);
        assertThat(wrong.model().errorProperty().get()).contains("the AWS credentials were rejected");
        robot.interact(wrong::close);
    }

    @Test
    void abandonedMultipartUploadsAreListedAndCleaned(FxRobot robot) throws Exception {
        await(() -> !screen.model().entries().isEmpty());
        String key = "abandoned/" + container + ".bin";
        try (ObjectStore store = fixture.open("s3://" + fixture.bucket)) {
            var staged = store.staged().orElseThrow();
            String id = staged.begin(key);
            byte[] part = new byte[5 << 20];
            staged.uploadPart(key, id, 1, part, part.length, dev.playlens.storage.Md5.of(part, part.length));
        }
        browse(robot, "abandoned/");
        robot.clickOn("#storage-tab-abandoned");
        robot.clickOn("#storage-abandoned-list");
        await(() -> screen.model().abandoned().size() == 1);
        assertThat(screen.model().abandoned().getFirst().key()).isEqualTo(key);
        robot.interact(() -> screen.model().cleanMinAgeProperty().set(java.time.Duration.ZERO));
        robot.clickOn("#storage-abandoned-clean");
        await(() -> screen.model().abandonedStatusProperty().get().startsWith("Aborted"));
        assertThat(screen.model().abandoned()).isEmpty();
        assertThat(screen.model().abandonedStatusProperty().get()).startsWith("Aborted 1; 0 unfinished uploads in s3://");
    }

    @Test
    void locationsAreSavedInStorageJson(FxRobot robot) throws Exception {
        await(() -> !screen.model().entries().isEmpty());
        robot.interact(() -> screen.controller().saveLocation(SavedLocation.of("Scratch", shared.resolve("scratch").toString())));
        robot.interact(() -> screen.controller().removeLocation(location("Typo")));
        String json = Files.readString(workspace.dir().resolve("storage.json"));
        assertThat(json).contains("Scratch").doesNotContain("Typo").doesNotContain(fixture.s3.secretKey());
        assertThat(screen.model().locationProperty().get().name()).isEqualTo("Scratch");
    }

    /** Saves the window as docs-ready PNG under target/screenshots (the docs keep the ones worth showing). */
    private void screenshot(FxRobot robot, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(300);
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        var image = onFx(() -> window.stage().getScene().snapshot(null));
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", dir.resolve(name).toFile());
    }
}
