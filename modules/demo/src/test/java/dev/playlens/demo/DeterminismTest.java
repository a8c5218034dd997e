package dev.playlens.demo;

import dev.playlens.core.job.JobContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class DeterminismTest {
    private static final DemoSpec SPEC = new DemoSpec(2_000, 14, 42L, LocalDate.of(2026, 9, 1));

    /** Same spec, different thread counts: every file (events, images, levels.json, truth) is byte-identical. */
    @Test
    void sameSpecGivesByteIdenticalFilesWhateverTheThreadCount(@TempDir Path a, @TempDir Path b) throws IOException {
        DemoSummary first = new DemoGenerator(SPEC, 1).generate(a, JobContext.silent());
        DemoSummary second = new DemoGenerator(SPEC, 3).generate(b, JobContext.silent());

        List<Path> filesA = relativeFiles(a);
        assertThat(filesA).isEqualTo(relativeFiles(b));
        assertThat(filesA).hasSizeGreaterThan(300);
        for (Path rel : filesA) {
            assertThat(Files.mismatch(a.resolve(rel), b.resolve(rel))).as("first differing byte of %s", rel)
                    .isEqualTo(-1L);
        }
        assertThat(second.events()).isEqualTo(first.events());
        assertThat(second.duplicates()).isEqualTo(first.duplicates());
    }

    @Test
    void anotherSeedGivesAnotherGame(@TempDir Path a) throws IOException {
        DemoSpec small = new DemoSpec(300, 3, 1L, SPEC.startDate());
        DemoSummary one = new DemoGenerator(small).generate(a.resolve("one"), JobContext.silent());
        DemoSummary two = new DemoGenerator(small.withSeed(2L)).generate(a.resolve("two"), JobContext.silent());
        assertThat(two.events()).isNotEqualTo(one.events());
        assertThat(Files.readString(two.truthFile())).isNotEqualTo(Files.readString(one.truthFile()));
    }

    private static List<Path> relativeFiles(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }
}
