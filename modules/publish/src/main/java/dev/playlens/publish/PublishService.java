package dev.playlens.publish;

import dev.playlens.core.job.Job;
import dev.playlens.ml.data.DataSource;
import dev.playlens.ml.data.FeatureLoader;
import dev.playlens.ml.data.RawTable;
import dev.playlens.ml.registry.ModelRef;
import dev.playlens.ml.registry.ModelRegistry;

import java.util.List;

/**
 * {@code playlens publish --model NAME[:VERSION] DATA [--id COL] --to … (repeatable)}: load the model version and the
 * data, then {@link Publisher} scores and publishes. The CLI and the GUI both call {@link #job}.
 */
public final class PublishService {
    private final ModelRegistry registry;
    private final FeatureLoader loader;
    private final Publisher publisher;

    public PublishService(ModelRegistry registry, FeatureLoader loader, Publisher publisher) {
        this.registry = registry;
        this.loader = loader;
        this.publisher = publisher;
    }

    public Job<PublishResult> job(ModelRef model, DataSource data, String idColumn, List<PublishTarget> targets) {
        return context -> {
            ScoringModel scoring;
            RawTable table;
            try {
                scoring = new ScoringModels(registry).load(model);
                context.progress(0, -1, "loading " + data.describe());
                table = loader.load(data, context);
            } catch (Exception | Error e) {
                // Nothing was sent anywhere, but the attempt belongs in the history with its reason.
                publisher.recordNotStarted(model.name(), versionOrZero(model), e);
                throw e;
            }
            return publisher.publish(scoring, table, idColumn, data.describe(), targets, context);
        };
    }

    private int versionOrZero(ModelRef model) {
        try {
            return registry.resolve(model);
        } catch (java.io.IOException | RuntimeException e) {
            return 0;
        }
    }
}
