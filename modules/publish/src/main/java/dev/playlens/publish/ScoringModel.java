package dev.playlens.publish;

import dev.playlens.ml.data.RawTable;

import java.time.Instant;
import java.util.List;

/**
 * A registry model version ready to turn feature rows into {@link Prediction}s. Implementations:
 * {@link ClassifierScoring}, {@link ClusterScoring} and {@link PerClusterScoring}; {@link ScoringModels}
 * builds the right one from a loaded registry model.
 */
public interface ScoringModel {

    String name();

    int version();

    /** One prediction per row, in row order; {@code userIds[i]} belongs to row i. */
    List<Prediction> score(RawTable rows, String[] userIds, Instant scoredAt);
}
