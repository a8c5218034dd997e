package dev.playlens.core.job;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JobExecutorTest {

    @Test
    void sameThreadExecutorReportsProgressAndResult() {
        List<Progress> seen = new ArrayList<>();
        try (var executor = new SameThreadJobExecutor()) {
            executor.addSubmitListener(h -> h.addListener(new JobListener() {
                @Override
                public void progressed(JobHandle<?> job, Progress p) {
                    seen.add(p);
                }
            }));
            JobHandle<Integer> handle = executor.submit("sum", ctx -> {
                int sum = 0;
                for (int i = 1; i <= 4; i++) {
                    sum += i;
                    ctx.progress(i, 4, "step " + i);
                }
                return sum;
            });
            assertThat(handle.state()).isEqualTo(JobState.SUCCEEDED);
            assertThat(handle.result().join()).isEqualTo(10);
            assertThat(seen).extracting(Progress::done).containsExactly(1L, 2L, 3L, 4L);
            assertThat(seen.getLast().fraction()).isEqualTo(1.0);
            assertThat(executor.active()).isEmpty();
        }
    }

    @Test
    void failureIsKeptOnTheHandle() {
        try (var executor = new SameThreadJobExecutor()) {
            JobHandle<Object> handle = executor.submit("boom", ctx -> {
                throw new IllegalStateException("disk full");
            });
            assertThat(handle.state()).isEqualTo(JobState.FAILED);
            assertThatThrownBy(() -> handle.result().get()).isInstanceOf(ExecutionException.class)
                    .hasRootCauseMessage("disk full");
        }
    }

    @Test
    void cancelStopsARunningJobAndRunsItsHooks() throws Exception {
        try (var executor = new ThreadPoolJobExecutor()) {
            CountDownLatch started = new CountDownLatch(1);
            CountDownLatch hookRan = new CountDownLatch(1);
            JobHandle<Long> handle = executor.submit("spin", ctx -> {
                long n = 0;
                started.countDown();
                while (true) {
                    ctx.checkCancelled();
                    n++;
                    Thread.onSpinWait();
                }
            });
            handle.onCancel(hookRan::countDown);
            assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
            assertThat(handle.state()).isEqualTo(JobState.RUNNING);
            handle.cancel();
            assertThatThrownBy(() -> handle.result().get(5, TimeUnit.SECONDS))
                    .hasCauseInstanceOf(JobCancelledException.class);
            assertThat(handle.state()).isEqualTo(JobState.CANCELLED);
            assertThat(hookRan.getCount()).isZero();
        }
    }

    @Test
    void cancelInterruptsBlockingWork() throws Exception {
        try (var executor = new ThreadPoolJobExecutor()) {
            CountDownLatch started = new CountDownLatch(1);
            JobHandle<Object> handle = executor.submit("sleep", ctx -> {
                started.countDown();
                Thread.sleep(60_000);
                return null;
            });
            assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
            long t0 = System.nanoTime();
            handle.cancel();
            assertThatThrownBy(() -> handle.result().get(5, TimeUnit.SECONDS))
                    .hasCauseInstanceOf(JobCancelledException.class);
            assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - t0)).isLessThan(5);
        }
    }
}
