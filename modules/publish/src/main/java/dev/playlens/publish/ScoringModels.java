package dev.playlens.publish;

import dev.playlens.ml.registry.LoadedModel;
import dev.playlens.ml.registry.ModelArtifact;
import dev.playlens.ml.registry.ModelRef;
import dev.playlens.ml.registry.ModelRegistry;

import java.io.IOException;

/** Loads a registry version and wraps it in the {@link ScoringModel} its kind calls for. */
public final class ScoringModels {
    private static final double DEFAULT_THRESHOLD = 0.5;
    private final ModelRegistry registry;

    public ScoringModels(ModelRegistry registry) {
        this.registry = registry;
    }

    public ScoringModel load(ModelRef ref) throws IOException {
        return of(registry.load(ref));
    }

    public static ScoringModel of(LoadedModel model) {
        return switch (model.artifact()) {
            case ModelArtifact.Classifier ignored -> new ClassifierScoring(model, threshold(model));
            case ModelArtifact.Clusters ignored -> new ClusterScoring(model);
        };
    }

    /** The threshold recorded at training time ("threshold" parameter), else 0.5. */
    static double threshold(LoadedModel model) {
        Object t = model.metadata().parameters() == null ? null : model.metadata().parameters().get("threshold");
        if (t instanceof Number n && n.doubleValue() > 0 && n.doubleValue() < 1) return n.doubleValue();
        return DEFAULT_THRESHOLD;
    }
}
