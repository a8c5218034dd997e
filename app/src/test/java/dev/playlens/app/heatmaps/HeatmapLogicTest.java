package dev.playlens.app.heatmaps;

import dev.playlens.core.job.JobHandle;
import dev.playlens.core.job.JobState;
import dev.playlens.core.job.ThreadPoolJobExecutor;
import dev.playlens.core.level.WorldRect;
import dev.playlens.heatmap.Viewport;
import dev.playlens.heatmap.calibration.Calibration;
import dev.playlens.heatmap.render.PixelWindow;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The screen's plain logic: view maths, visible world and bin sizes, debouncing and latest-wins jobs. */
class HeatmapLogicTest {
    private static final WorldRect PUBG = new WorldRect(0, 0, 816000, 816000, false);

    @Test
    void zoomKeepsThePointUnderTheCursorInPlace() {
        ViewState whole = ViewState.whole(819, 819);
        double pw = 1000, ph = 700;
        ViewState z = whole.zoomedAt(2, 300, 200, 819, 819, pw, ph);
        assertThat(z.zoom()).isEqualTo(2);
        PixelWindow before = whole.window(819, 819, (int) pw, (int) ph);
        PixelWindow after = z.window(819, 819, (int) pw, (int) ph);
        assertThat(after.imageX() + 300 / after.scale()).isCloseTo(before.imageX() + 300 / before.scale(), within(1e-9));
        assertThat(after.imageY() + 200 / after.scale()).isCloseTo(before.imageY() + 200 / before.scale(), within(1e-9));
        // zooming back out to 1 shows the whole image again, centred
        assertThat(z.zoomedAt(0.5, 10, 10, 819, 819, pw, ph)).isEqualTo(whole);
        assertThat(whole.zoomedAt(0.5, 10, 10, 819, 819, pw, ph).zoom()).isEqualTo(1);
    }

    @Test
    void panningMovesByScreenPixelsAndStaysOnTheImage() {
        ViewState z = new ViewState(400, 400, 4);
        double s = z.scale(819, 819, 800, 800);
        ViewState moved = z.panned(-100, 50, 819, 819, 800, 800);
        assertThat(moved.centerX()).isCloseTo(400 + 100 / s, within(1e-9));
        assertThat(moved.centerY()).isCloseTo(400 - 50 / s, within(1e-9));
        assertThat(z.panned(-1e6, -1e6, 819, 819, 800, 800).centerX()).isEqualTo(819);
    }

    @Test
    void theVisibleWorldIsNullForTheWholeLevelAndTheZoomedRectangleOtherwise() {
        Calibration cal = Calibration.of(PUBG, 819, 819);
        assertThat(HeatmapRequests.visibleWorld(PUBG, cal, ViewState.whole(819, 819).window(819, 819, 1200, 800))).isNull();
        Viewport v = HeatmapRequests.visibleWorld(PUBG, cal, new ViewState(409.5, 409.5, 4).window(819, 819, 800, 800));
        assertThat(v.width()).isCloseTo(204000, within(1.0));
        assertThat(v.minX()).isCloseTo(306000, within(1.0));
    }

    @Test
    void zoomingInBinsFinerButNeverMoreThanTwoMillionVisibleBins() {
        assertThat(HeatmapRequests.binSize(10000, 1, new Viewport(0, 0, 816000, 816000))).isEqualTo(10000);
        assertThat(HeatmapRequests.binSize(10000, 4, new Viewport(0, 0, 204000, 204000))).isEqualTo(2500);
        double size = HeatmapRequests.binSize(10, 64, new Viewport(0, 0, 816000, 816000));
        assertThat(816000 / size * 816000 / size).isLessThanOrEqualTo(HeatmapRequests.MAX_VISIBLE_BINS);
    }

    @Test
    void theDebouncerRunsOnlyTheLastRequestOfABurst() {
        List<Runnable> timers = new ArrayList<>();
        List<Runnable> stopped = new ArrayList<>();
        int[] runs = new int[1];
        Debouncer d = new Debouncer(action -> {
            timers.add(action);
            Runnable stop = () -> { };
            stopped.add(stop);
            return () -> timers.remove(action);
        }, () -> runs[0]++);
        d.request();
        d.request();
        d.request();
        assertThat(timers).hasSize(1);
        timers.getFirst().run();
        assertThat(runs[0]).isEqualTo(1);
        assertThat(d.isPending()).isFalse();
    }

    @Test
    void latestWinsCancelsTheStaleJobAndDeliversOnlyTheNewest() throws Exception {
        try (ThreadPoolJobExecutor executor = new ThreadPoolJobExecutor()) {
            LatestWins<String> latest = new LatestWins<>(executor, Runnable::run);
            // deliveries come from the job threads' completion callbacks, after result() has completed
            List<String> delivered = new java.util.concurrent.CopyOnWriteArrayList<>();
            List<Throwable> errors = new java.util.concurrent.CopyOnWriteArrayList<>();
            CountDownLatch started = new CountDownLatch(1);
            JobHandle<String> stale = latest.submit("slow", ctx -> {
                started.countDown();
                while (!ctx.isCancelled()) Thread.sleep(5);
                return "stale";
            }, delivered::add, errors::add);
            started.await(10, TimeUnit.SECONDS);
            JobHandle<String> fresh = latest.submit("fast", ctx -> "fresh", delivered::add, errors::add);
            fresh.result().get(10, TimeUnit.SECONDS);
            stale.result().handle((v, e) -> null).get(10, TimeUnit.SECONDS);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (delivered.isEmpty() && System.nanoTime() < deadline) Thread.sleep(5);
            Thread.sleep(100); // room for a stale delivery, which must not come
            assertThat(stale.state()).isEqualTo(JobState.CANCELLED);
            assertThat(delivered).containsExactly("fresh");
            assertThat(errors).isEmpty();
        }
    }
}
