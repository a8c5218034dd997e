package dev.playlens.ml.registry;

import dev.playlens.ml.cluster.ClusterModel;
import dev.playlens.ml.model.ProbabilityModel;
import dev.playlens.ml.prep.Preprocessor;

import java.io.Serializable;

/**
 * What is serialised into {@code model.bin}: the fitted encoding plus the fitted model. A GBT model carries
 * XGBoost's own model bytes (UBJSON) rather than a serialised native booster.
 */
public sealed interface ModelArtifact extends Serializable {

    Preprocessor preprocessor();

    record Classifier(Preprocessor preprocessor, ProbabilityModel model) implements ModelArtifact {
    }

    record Clusters(Preprocessor preprocessor, ClusterModel model) implements ModelArtifact {
    }
}
