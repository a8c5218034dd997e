package dev.playlens.demo;

import dev.playlens.core.job.JobCancelledException;
import dev.playlens.core.job.JobContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StagingTest {
    private static final DemoSpec SPEC = new DemoSpec(400, 4, 3L, LocalDate.of(2026, 9, 1));

    @Test
    void aCancelledRunLeavesThePreviousGenerationAndOtherFilesIntact(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("warehouse.duckdb"), "not ours");
        new DemoGenerator(SPEC).generate(dir, JobContext.silent());
        List<String> before = listing(dir);
        String truthBefore = Files.readString(dir.resolve(DemoGenerator.TRUTH_FILE));

        AtomicInteger progressCalls = new AtomicInteger();
        JobContext cancelSoon = new JobContext() {
            @Override
            public void progress(long done, long total, String message) {
                progressCalls.incrementAndGet();
            }

            @Override
            public boolean isCancelled() {
                return progressCalls.get() >= 3;
            }
        };
        assertThatThrownBy(() -> new DemoGenerator(SPEC.withSeed(99L)).generate(dir, cancelSoon))
                .isInstanceOf(JobCancelledException.class);

        assertThat(listing(dir)).isEqualTo(before);
        assertThat(Files.readString(dir.resolve(DemoGenerator.TRUTH_FILE))).isEqualTo(truthBefore);
        assertThat(Files.readString(dir.resolve("warehouse.duckdb"))).isEqualTo("not ours");
    }

    @Test
    void aSecondRunReplacesTheFirstAndReportsProgressToTheEnd(@TempDir Path dir) throws IOException {
        new DemoGenerator(SPEC).generate(dir, JobContext.silent());
        List<long[]> progress = new ArrayList<>();
        JobContext recording = new JobContext() {
            @Override
            public void progress(long done, long total, String message) {
                progress.add(new long[]{done, total});
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
        DemoSummary s = new DemoGenerator(SPEC.withSeed(5L)).generate(dir, recording);
        assertThat(s.bucket()).isEqualTo(dir.resolve("bucket"));
        assertThat(listing(dir)).noneMatch(p -> p.startsWith(".demo"));
        assertThat(Files.readAllLines(s.truthFile())).hasSize(SPEC.players() + 1);
        long[] last = progress.getLast();
        assertThat(last[0]).isEqualTo(last[1]).isPositive();
    }

    private static List<String> listing(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.map(p -> dir.relativize(p).toString()).sorted().toList();
        }
    }
}
