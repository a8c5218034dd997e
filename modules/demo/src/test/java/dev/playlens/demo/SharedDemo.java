package dev.playlens.demo;

import dev.playlens.core.job.JobContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The 20,000-player, 14-day generation several test classes read, made once per test JVM (it is the
 * expensive part) in a temporary folder removed when the JVM exits.
 */
final class SharedDemo {
    static final DemoSpec SPEC = new DemoSpec(20_000, 14, 7L, LocalDate.of(2026, 9, 1));
    static final long START_MS = SPEC.startDate().atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();

    private static DemoSummary summary;
    private static EventScan scan;

    private SharedDemo() {
    }

    static synchronized DemoSummary summary() {
        if (summary == null) {
            try {
                Path dir = Files.createTempDirectory("playlens-demo-test");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
                summary = new DemoGenerator(SPEC).generate(dir, JobContext.silent());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return summary;
    }

    static synchronized EventScan scan() {
        if (scan == null) {
            try {
                scan = EventScan.of(summary().bucket(), START_MS);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return scan;
    }

    private static void delete(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // best effort at exit: it is a temp folder
        }
    }
}
