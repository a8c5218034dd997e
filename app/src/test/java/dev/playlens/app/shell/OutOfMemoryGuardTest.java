package dev.playlens.app.shell;

import dev.playlens.core.job.SameThreadJobExecutor;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;

import static org.assertj.core.api.Assertions.assertThat;

/** Out-of-memory becomes one readable message, however deep it is wrapped; other errors pass through. */
class OutOfMemoryGuardTest {
    private final List<String> shown = new ArrayList<>();
    private final OutOfMemoryGuard guard = new OutOfMemoryGuard(4L << 30, shown::add);

    @Test
    void aWrappedOutOfMemoryIsReportedOnceUntilTheDialogCloses() {
        assertThat(guard.report(new CompletionException(new RuntimeException(new OutOfMemoryError("Java heap space")))))
                .isTrue();
        assertThat(guard.report(new OutOfMemoryError())).isTrue();
        assertThat(shown).hasSize(1);
        guard.dialogClosed();
        guard.report(new OutOfMemoryError());
        assertThat(shown).hasSize(2);
    }

    @Test
    void otherErrorsAreNotReported() {
        assertThat(guard.report(new IllegalStateException("no"))).isFalse();
        assertThat(guard.report(null)).isFalse();
        assertThat(shown).isEmpty();
    }

    @Test
    void aJobThatRunsOutOfMemoryShowsTheMessage() {
        try (var executor = new SameThreadJobExecutor()) {
            guard.install(executor);
            executor.submit("Huge query", ctx -> {
                throw new OutOfMemoryError("Java heap space");
            });
        }
        assertThat(shown).singleElement().asString()
                .contains("4.0 GB", "restart Playlens", "-XX:MaxRAMPercentage", "Playlens.cfg")
                .doesNotContain("Exception", "at dev.");
    }
}
