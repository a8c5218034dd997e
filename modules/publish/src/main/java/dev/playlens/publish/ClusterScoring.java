package dev.playlens.publish;

import dev.playlens.ml.data.RawTable;
import dev.playlens.ml.registry.LoadedModel;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A clustering model: the assigned cluster index per user. */
public final class ClusterScoring implements ScoringModel {
    private final LoadedModel model;

    public ClusterScoring(LoadedModel model) {
        this.model = model;
    }

    @Override
    public String name() {
        return model.metadata().name();
    }

    @Override
    public int version() {
        return model.metadata().version();
    }

    public int[] assign(RawTable rows) {
        return model.assign(rows);
    }

    @Override
    public List<Prediction> score(RawTable rows, String[] userIds, Instant scoredAt) {
        int[] c = model.assign(rows);
        List<Prediction> out = new ArrayList<>(c.length);
        for (int i = 0; i < c.length; i++) out.add(new Prediction(name(), version(), userIds[i], null, null, c[i], scoredAt));
        return out;
    }
}
