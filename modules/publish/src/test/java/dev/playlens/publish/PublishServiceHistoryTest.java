package dev.playlens.publish;

import dev.playlens.core.job.JobCancelledException;
import dev.playlens.core.job.JobContext;
import dev.playlens.ml.data.DataSource;
import dev.playlens.ml.data.FeatureLoader;
import dev.playlens.ml.data.TableReader;
import dev.playlens.ml.data.WarehouseConnector;
import dev.playlens.ml.registry.ModelRef;
import dev.playlens.publish.batch.FileTarget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A publish that fails or is cancelled before scoring still leaves a history line saying why. */
class PublishServiceHistoryTest {
    private final TestModels models = TestModels.get();
    @TempDir
    Path dir;

    private PublishService service(PublishHistory history) {
        return new PublishService(models.registry, new FeatureLoader(WarehouseConnector.duckdbOnly(), new TableReader()),
                new Publisher(Optional.of(history)));
    }

    @Test
    void dataThatCannotBeLoadedIsAFailedAttemptInTheHistory() throws Exception {
        PublishHistory history = new PublishHistory(dir.resolve("publishes.jsonl"));
        Path missing = dir.resolve("no-such-file.csv");
        assertThatThrownBy(() -> service(history).job(new ModelRef("churn", 2), new DataSource.File(missing), TestModels.ID,
                List.of(FileTarget.localFolder(dir.resolve("out").toString(), dir.resolve("scratch"))))
                .run(JobContext.silent())).hasMessageContaining("no-such-file.csv");
        var lines = history.read();
        assertThat(lines).hasSize(1);
        assertThat(lines.getFirst()).containsEntry("model", "churn").containsEntry("version", 2)
                .containsEntry("status", "failed").containsEntry("rows", 0).containsEntry("keys", 0);
        assertThat((String) lines.getFirst().get("error")).contains("no-such-file.csv");
    }

    @Test
    void aCancelWhileLoadingIsRecordedAsCancelledWithTheCurrentVersion() throws Exception {
        PublishHistory history = new PublishHistory(dir.resolve("publishes.jsonl"));
        JobContext cancelled = new JobContext() {
            @Override
            public void progress(long done, long total, String message) {
                throw new JobCancelledException();
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        assertThatThrownBy(() -> service(history).job(new ModelRef("churn", null), models.source, TestModels.ID,
                List.of(FileTarget.localFolder(dir.resolve("out").toString(), dir.resolve("scratch")))).run(cancelled))
                .isInstanceOf(JobCancelledException.class);
        assertThat(history.read()).singleElement().satisfies(line -> assertThat(line)
                .containsEntry("status", "cancelled").containsEntry("version", models.registry.currentVersion("churn")));
    }
}
