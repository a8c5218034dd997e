package dev.playlens.ml.registry;

import dev.playlens.ml.data.RawTable;

/**
 * A model read back from the registry, ready to score new data. Scoring first checks the data against the
 * training schema (a {@link dev.playlens.ml.prep.SchemaMismatchException} names the missing or mistyped column).
 */
public record LoadedModel(ModelMetadata metadata, ModelArtifact artifact) {

    /** P(positive) per row, for a classifier. */
    public double[] score(RawTable data) {
        if (!(artifact instanceof ModelArtifact.Classifier c)) {
            throw new IllegalStateException(metadata.name() + ":" + metadata.version() + " is a " + metadata.kind()
                    + " model, not a classifier");
        }
        return c.model().probabilities(c.preprocessor().transform(data));
    }

    /** Cluster index per row, for a clustering model. */
    public int[] assign(RawTable data) {
        if (!(artifact instanceof ModelArtifact.Clusters c)) {
            throw new IllegalStateException(metadata.name() + ":" + metadata.version() + " is a " + metadata.kind()
                    + " model, not a clustering");
        }
        return c.model().assign(c.preprocessor().transform(data));
    }
}
