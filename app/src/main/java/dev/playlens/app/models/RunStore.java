package dev.playlens.app.models;

import dev.playlens.app.workspace.JsonFileStore;
import dev.playlens.ml.registry.ModelMetadata;
import dev.playlens.ml.registry.ModelRef;
import dev.playlens.ml.registry.ModelRegistry;
import dev.playlens.ml.train.TestPredictions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/**
 * The leaderboard's runs: every classifier version in the registry, plus the held-out predictions this screen
 * keeps beside each version it trained ({@code NAME/VERSION/test-predictions.json}) so runs can be plotted and
 * compared pairwise after a restart. The registry itself ignores the extra file.
 */
public final class RunStore {
    static final String PREDICTIONS = "test-predictions.json";
    private final ModelRegistry registry;

    public RunStore(ModelRegistry registry) {
        this.registry = registry;
    }

    public void savePredictions(String name, int version, TestPredictions predictions) {
        store(name, version).write(predictions);
    }

    public TestPredictions predictions(String name, int version) {
        JsonFileStore<TestPredictions> store = store(name, version);
        return Files.isRegularFile(store.file()) ? store.read() : null;
    }

    private JsonFileStore<TestPredictions> store(String name, int version) {
        return new JsonFileStore<>(registry.versionDir(name, version).resolve(PREDICTIONS), TestPredictions.class,
                () -> null);
    }

    /** Every classifier version, newest first. */
    public List<RunRecord> runs() {
        try {
            List<RunRecord> out = new ArrayList<>();
            for (ModelMetadata m : registry.list()) {
                if (!"classifier".equals(m.kind())) continue;
                boolean current = registry.currentVersion(m.name()) == m.version();
                out.add(new RunRecord(m, current, predictions(m.name(), m.version())));
            }
            out.sort((a, b) -> String.valueOf(b.metadata().createdAt()).compareTo(String.valueOf(a.metadata().createdAt())));
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the model registry " + registry.root() + ": " + e.getMessage(), e);
        }
    }

    /** Makes {@code name:version} the version that scoring and publishing use. */
    public void promote(String name, int version) throws IOException {
        registry.resolve(new ModelRef(name, version));
        registry.setCurrent(name, version);
    }
}
