package dev.playlens.app.services;

import dev.playlens.app.workspace.Workspace;
import dev.playlens.core.job.JobHandle;
import dev.playlens.core.job.JobState;
import dev.playlens.core.job.Progress;
import dev.playlens.core.job.ThreadPoolJobExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The GUI's first start must never leave a half-built demo workspace behind. */
class DemoSetupTest {

    @Test
    void aCancelledFirstStartLeavesNothingBehind(@TempDir Path data) throws Exception {
        Path demo = data.resolve("demo");
        try (ThreadPoolJobExecutor executor = new ThreadPoolJobExecutor()) {
            JobHandle<Workspace> job = executor.submit("demo", new DemoSetup().firstStart(demo));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            // Cancel as soon as the job has started reporting (generation under way).
            while (job.progress() == Progress.NONE && !job.state().isFinished() && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            job.cancel();
            job.result().handle((v, e) -> null).get(60, TimeUnit.SECONDS);
            assertThat(job.state()).isEqualTo(JobState.CANCELLED);
        }
        assertThat(demo).doesNotExist();
        try (Stream<Path> left = Files.list(data)) {
            assertThat(left).isEmpty();
        }
    }
}
