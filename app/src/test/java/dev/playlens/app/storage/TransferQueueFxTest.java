package dev.playlens.app.storage;

import dev.playlens.core.job.Job;
import dev.playlens.core.job.ThreadPoolJobExecutor;
import dev.playlens.storage.transfer.TransferReport;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/** The queue's states with copies that run until told to finish: limit, pause/resume, cancel, retry, totals. */
@ExtendWith(ApplicationExtension.class)
class TransferQueueFxTest {
    private static final long TOTAL = 10_000_000;
    private final ThreadPoolJobExecutor executor = new ThreadPoolJobExecutor();
    /** Per copy: how many times it started, and the latch that lets it finish. */
    private final Map<String, AtomicInteger> starts = new ConcurrentHashMap<>();
    private final Map<String, CountDownLatch> finish = new ConcurrentHashMap<>();
    private final Map<String, Boolean> fail = new ConcurrentHashMap<>();
    private TransferQueue queue;

    @Start
    void start(Stage stage) {
        queue = new TransferQueue(executor, this::job, 2);
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        stage.setScene(new javafx.scene.Scene(new TransfersPane(queue), 1260, 220));
        stage.show();
    }

    @AfterEach
    void stop() {
        finish.values().forEach(CountDownLatch::countDown);
        executor.close();
    }

    /** Reports 2 MB, then 100 KB more every 50 ms (about 2 MB/s) of 10 MB, until released; then done (or failed). */
    private Job<TransferReport> job(TransferSpec spec) {
        String name = spec.destinationUri();
        starts.computeIfAbsent(name, k -> new AtomicInteger()).incrementAndGet();
        CountDownLatch release = finish.computeIfAbsent(name, k -> new CountDownLatch(1));
        return ctx -> {
            long done = 2_000_000;
            ctx.progress(done, TOTAL, "copying");
            while (!release.await(50, TimeUnit.MILLISECONDS)) {
                ctx.checkCancelled();
                if (done < TOTAL - 100_000) done += 100_000;
                ctx.progress(done, TOTAL, "copying");
            }
            if (fail.getOrDefault(name, false)) return new TransferReport(2, 1, 0, 1, TOTAL / 2, 1, List.of("b.json: boom"));
            ctx.progress(TOTAL, TOTAL, "done");
            return new TransferReport(2, 2, 0, 0, TOTAL, 2, List.of());
        };
    }

    private static TransferSpec spec(String destination) {
        SavedLocation a = SavedLocation.of("Game telemetry (S3)", "s3://game-telemetry");
        return new TransferSpec(a, "s3://game-telemetry/events/", List.of(), SavedLocation.of("Archive (Blob)", "azure://archive"), destination);
    }

    private TransferRow add(FxRobot robot, String destination) {
        TransferRow[] row = new TransferRow[1];
        robot.interact(() -> row[0] = queue.add(spec(destination)));
        return row[0];
    }

    private static void await(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void runsTwoAtOnceAndStartsTheNextWhenOneFinishes(FxRobot robot) throws Exception {
        TransferRow one = add(robot, "azure://archive/events-1/");
        TransferRow two = add(robot, "azure://archive/events-2/");
        TransferRow three = add(robot, "azure://archive/events-3/");
        assertThat(List.of(one.state.get(), two.state.get(), three.state.get()))
                .containsExactly(TransferState.RUNNING, TransferState.RUNNING, TransferState.QUEUED);
        // progress is sampled: bytes, a speed, a time left, and the totals over both
        await(() -> one.bytesDone.get() >= 2_500_000 && one.bytesPerSecond.get() > 0);
        assertThat(one.bytesTotal.get()).isEqualTo(TOTAL);
        assertThat(one.eta()).matches("\\d+:\\d\\d");
        await(() -> queue.totalBytesProperty().get() == 2 * TOTAL);
        assertThat(queue.totalSummary()).startsWith("2 running, 1 waiting — ").contains(" of 20.0 MB, ").endsWith(" left");
        snapshot(robot, "gui-storage-queue.png");

        finish.get("azure://archive/events-1/").countDown();
        await(() -> one.state.get() == TransferState.DONE && three.state.get() == TransferState.RUNNING);
        assertThat(one.fraction()).isEqualTo(1.0);
        assertThat(one.message.get()).isEqualTo("2 copied, 0 already there, 2 verified");
    }

    /** The queue mid-run, for the docs: per-copy and total progress, speed and time left. */
    private static void snapshot(FxRobot robot, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        var image = WaitForAsyncUtils.asyncFx(() -> robot.listTargetWindows().getFirst().getScene().snapshot(null)).get(10, TimeUnit.SECONDS);
        java.nio.file.Path dir = java.nio.file.Path.of("target", "screenshots");
        java.nio.file.Files.createDirectories(dir);
        javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image, null), "png", dir.resolve(name).toFile());
    }

    @Test
    void pauseStopsTheCopyAndResumeRunsItAgain(FxRobot robot) throws Exception {
        TransferRow row = add(robot, "azure://archive/events-p/");
        await(() -> row.bytesDone.get() >= 2_500_000);
        robot.interact(() -> queue.pause(row));
        await(() -> row.state.get() == TransferState.PAUSED);
        assertThat(row.message.get()).startsWith("paused");
        assertThat(row.state.get().canResume()).isTrue();

        robot.interact(() -> queue.resume(row));
        assertThat(row.state.get()).isEqualTo(TransferState.RUNNING);
        await(() -> starts.get("azure://archive/events-p/").get() == 2);
        finish.get("azure://archive/events-p/").countDown();
        await(() -> row.state.get() == TransferState.DONE);
    }

    @Test
    void aPausedWaitingCopyDoesNotStartAndCancelIsFinal(FxRobot robot) throws Exception {
        add(robot, "azure://archive/events-1/");
        add(robot, "azure://archive/events-2/");
        TransferRow waiting = add(robot, "azure://archive/events-3/");
        robot.interact(() -> queue.pause(waiting));
        assertThat(waiting.state.get()).isEqualTo(TransferState.PAUSED);
        finish.get("azure://archive/events-1/").countDown();
        await(() -> queue.rows().getFirst().state.get() == TransferState.DONE);
        assertThat(waiting.state.get()).isEqualTo(TransferState.PAUSED);
        assertThat(starts).doesNotContainKey("azure://archive/events-3/");

        TransferRow running = queue.rows().get(1);
        robot.interact(() -> queue.cancel(running));
        await(() -> running.state.get() == TransferState.CANCELLED);
        robot.interact(() -> queue.cancel(waiting));
        assertThat(waiting.state.get()).isEqualTo(TransferState.CANCELLED);
        assertThat(waiting.state.get().canResume()).isFalse();
    }

    @Test
    void failuresAreReportedAndRetryFailedRunsThemAgain(FxRobot robot) throws Exception {
        fail.put("azure://archive/events-f/", true);
        TransferRow row = add(robot, "azure://archive/events-f/");
        finish.get("azure://archive/events-f/").countDown();
        await(() -> row.state.get() == TransferState.FAILED);
        assertThat(row.message.get()).isEqualTo("1 copied, 0 already there, 1 verified, 1 failed: b.json: boom");

        fail.put("azure://archive/events-f/", false);
        finish.put("azure://archive/events-f/", new CountDownLatch(0));
        robot.interact(queue::retryFailed);
        await(() -> row.state.get() == TransferState.DONE);
        assertThat(starts.get("azure://archive/events-f/").get()).isEqualTo(2);
    }
}
