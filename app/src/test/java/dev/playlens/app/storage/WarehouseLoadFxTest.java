package dev.playlens.app.storage;

import dev.playlens.app.workspace.Workspace;
import dev.playlens.app.workspace.WorkspaceSettings;
import dev.playlens.core.job.ThreadPoolJobExecutor;
import dev.playlens.testsupport.RealData;
import dev.playlens.warehouse.Credentials;
import dev.playlens.warehouse.Warehouse;
import dev.playlens.warehouse.Warehouses;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
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
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** "Load into warehouse" on a folder of a local location hands its URI over and loads the seed sample's 642 deaths. */
@ExtendWith(ApplicationExtension.class)
class WarehouseLoadFxTest {
    @TempDir
    Path tmp;
    private final ThreadPoolJobExecutor executor = new ThreadPoolJobExecutor();
    private final List<String> handedOver = new CopyOnWriteArrayList<>();
    private final List<String> told = new CopyOnWriteArrayList<>();
    private Warehouse warehouse;
    private StorageScreen screen;
    private WarehouseLoadFallback fallback;

    @Start
    void start(Stage stage) throws Exception {
        Path bucket = tmp.resolve("bucket");
        Files.createDirectories(bucket.resolve("events/2017/10"));
        Files.copy(RealData.file("aws-pipeline/heatmap-sample-data.txt"), bucket.resolve("events/2017/10/deaths.json"));
        Workspace ws = Workspace.create(tmp.resolve("ws"), WorkspaceSettings.named("Load test", null));
        warehouse = Warehouses.open(ws.warehouseLocation(), Credentials.none());
        fallback = new WarehouseLoadFallback(warehouse, executor, ws.journalDir().resolve("rejects.jsonl"),
                question -> true, (headline, message) -> told.add(headline + ": " + message));
        screen = new StorageScreen(ws, executor, Map.of(), uri -> {
            handedOver.add(uri);
            fallback.accept(uri);
        });
        stage.setScene(new javafx.scene.Scene((javafx.scene.Parent) screen.view(), 1200, 800));
        stage.show();
        screen.activate();
        screen.controller().saveLocation(SavedLocation.of("Local bucket", bucket.toString()));
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(screen::close).get(10, TimeUnit.SECONDS);
        executor.close();
        warehouse.close();
    }

    @Test
    void loadingAFolderHandsItsUriOverAndLoadsItDeDuplicated(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !screen.model().entries().isEmpty());
        var events = screen.model().entries().getFirst();
        assertThat(events.key()).isEqualTo("events/");
        robot.interact(() -> screen.controller().loadIntoWarehouse(events));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !told.isEmpty());
        assertThat(handedOver).containsExactly(tmp.resolve("bucket/events").toUri().toString());
        assertThat(told.getFirst()).startsWith("Loaded ").contains("642 events inserted, 0 duplicates skipped, 0 rejected");
        assertThat(count()).isEqualTo(642);

        robot.interact(() -> screen.controller().loadIntoWarehouse(null)); // nothing picked: the folder shown, the top
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> told.size() == 2);
        assertThat(told.get(1)).contains("0 events inserted, 642 duplicates skipped");
        assertThat(count()).isEqualTo(642);
    }

    @Test
    void aCloudPrefixIsExplainedNotLoaded(FxRobot robot) {
        robot.interact(() -> fallback.accept("s3://game-telemetry/events/"));
        assertThat(told).containsExactly("Not loaded: Loading straight from s3://game-telemetry/events/ comes with the "
                + "ingest dialog. Today: drag the folder onto a local location to copy it, then load that folder.");
    }

    private long count() throws Exception {
        try (Connection c = warehouse.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM game_events")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
