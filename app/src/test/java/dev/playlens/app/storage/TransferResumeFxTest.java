package dev.playlens.app.storage;

import dev.playlens.app.workspace.Workspace;
import dev.playlens.app.workspace.WorkspaceSettings;
import dev.playlens.core.job.ThreadPoolJobExecutor;
import dev.playlens.testsupport.RealData;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A copy paused when the app closes comes back, paused, with the workspace, and Resume finishes it. */
@ExtendWith(ApplicationExtension.class)
class TransferResumeFxTest {
    @TempDir
    Path tmp;
    private final ThreadPoolJobExecutor executor = new ThreadPoolJobExecutor();
    private Workspace workspace;
    private Path bucket;

    @Start
    void start(Stage stage) throws Exception {
        bucket = tmp.resolve("bucket");
        Files.createDirectories(bucket.resolve("events/2017/10"));
        Files.copy(RealData.file("aws-pipeline/heatmap-sample-data.txt"), bucket.resolve("events/2017/10/deaths.json"));
        byte[] big = new byte[24 << 20];
        new Random(3).nextBytes(big);
        Files.write(bucket.resolve("events/2017/10/big.bin"), big);
        Files.createDirectories(tmp.resolve("copies"));
        workspace = Workspace.create(tmp.resolve("ws"), WorkspaceSettings.named("Resume test", null));
    }

    @AfterEach
    void stop() {
        executor.close();
    }

    private StorageScreen open() throws Exception {
        return onFx(() -> {
            StorageScreen screen = new StorageScreen(workspace, executor, Map.of(), uri -> { });
            screen.view();
            screen.activate();
            return screen;
        });
    }

    private static <T> T onFx(Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get(20, TimeUnit.SECONDS);
    }

    @Test
    void anUnfinishedCopyIsRestoredPausedAndResumesToTheEnd() throws Exception {
        StorageScreen first = open();
        onFx(() -> {
            first.controller().saveLocation(SavedLocation.of("Copies", tmp.resolve("copies").toString()));
            first.controller().saveLocation(SavedLocation.of("Local bucket", bucket.toString()));
            return null;
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !first.model().entries().isEmpty());
        TransferRow row = onFx(() -> {
            TransferRow r = first.controller().copy(List.of(first.model().entries().getFirst()), first.model().locations().getFirst()).getFirst();
            first.queue().pause(r);
            return r;
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> row.stateProperty().get() == TransferState.PAUSED);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Files.readString(workspace.dir().resolve(StorageSettings.FILE_NAME))).contains("\"unfinished\"", "copies/events");
        onFx(() -> {
            first.close();
            return null;
        });

        StorageScreen second = open();
        assertThat(second.queue().rows()).hasSize(1);
        TransferRow restored = second.queue().rows().getFirst();
        assertThat(restored.spec()).isEqualTo(row.spec());
        assertThat(restored.stateProperty().get()).isEqualTo(TransferState.PAUSED);
        onFx(() -> {
            second.queue().resume(restored);
            return null;
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> restored.stateProperty().get().isFinished());
        assertThat(restored.stateProperty().get()).as(restored.messageProperty().get()).isEqualTo(TransferState.DONE);
        for (String file : List.of("deaths.json", "big.bin")) {
            assertThat(tmp.resolve("copies/events/2017/10/" + file)).hasSameBinaryContentAs(bucket.resolve("events/2017/10/" + file));
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Files.readString(workspace.dir().resolve(StorageSettings.FILE_NAME))).doesNotContain("copies/events");
        onFx(() -> {
            second.close();
            return null;
        });
    }
}
