package dev.playlens.publish;

import dev.playlens.ml.data.RawTable;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * "One classifier per cluster": the clustering routes each user to its cluster's classifier. The ml registry
 * has no per-cluster artifact yet, so the caller composes this from a clustering version and one classifier
 * version per cluster; predictions carry the composite's name and version (e.g. the clustering's), so a
 * publish of the composite is still one versioned set.
 */
public final class PerClusterScoring implements ScoringModel {
    private final String name;
    private final int version;
    private final ClusterScoring router;
    private final Map<Integer, ClassifierScoring> byCluster;

    public PerClusterScoring(String name, int version, ClusterScoring router, Map<Integer, ClassifierScoring> byCluster) {
        this.name = name;
        this.version = version;
        this.router = router;
        this.byCluster = Map.copyOf(byCluster);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int version() {
        return version;
    }

    @Override
    public List<Prediction> score(RawTable rows, String[] userIds, Instant scoredAt) {
        int[] clusters = router.assign(rows);
        Prediction[] out = new Prediction[clusters.length];
        for (int c : Arrays.stream(clusters).distinct().sorted().toArray()) {
            ClassifierScoring model = byCluster.get(c);
            if (model == null) {
                throw new IllegalStateException(name + ":" + version + " has no classifier for cluster " + c
                        + " (clusters with a model: " + byCluster.keySet() + ")");
            }
            int[] idx = java.util.stream.IntStream.range(0, clusters.length).filter(i -> clusters[i] == c).toArray();
            String[] ids = new String[idx.length];
            for (int i = 0; i < idx.length; i++) ids[i] = userIds[idx[i]];
            List<Prediction> part = model.scoreWithCluster(rows.select(idx), ids, scoredAt, c);
            for (int i = 0; i < idx.length; i++) {
                Prediction p = part.get(i);
                out[idx[i]] = new Prediction(name, version, p.userId(), p.score(), p.label(), c, scoredAt);
            }
        }
        return new ArrayList<>(Arrays.asList(out));
    }
}
