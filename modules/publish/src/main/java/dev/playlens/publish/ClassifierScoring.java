package dev.playlens.publish;

import dev.playlens.ml.data.RawTable;
import dev.playlens.ml.registry.LoadedModel;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A classifier: P(positive) and the 0/1 label at the threshold the model was evaluated with. */
public final class ClassifierScoring implements ScoringModel {
    private final LoadedModel model;
    private final double threshold;

    public ClassifierScoring(LoadedModel model, double threshold) {
        if (!(threshold > 0 && threshold < 1)) throw new IllegalArgumentException("threshold must be in (0,1): " + threshold);
        this.model = model;
        this.threshold = threshold;
    }

    public double threshold() {
        return threshold;
    }

    @Override
    public String name() {
        return model.metadata().name();
    }

    @Override
    public int version() {
        return model.metadata().version();
    }

    @Override
    public List<Prediction> score(RawTable rows, String[] userIds, Instant scoredAt) {
        return scoreWithCluster(rows, userIds, scoredAt, null);
    }

    /** Same, tagging every prediction with the cluster that routed these rows here (per-cluster models). */
    List<Prediction> scoreWithCluster(RawTable rows, String[] userIds, Instant scoredAt, Integer cluster) {
        double[] p = model.score(rows);
        List<Prediction> out = new ArrayList<>(p.length);
        for (int i = 0; i < p.length; i++) {
            out.add(new Prediction(name(), version(), userIds[i], p[i], p[i] >= threshold ? 1 : 0, cluster, scoredAt));
        }
        return out;
    }
}
