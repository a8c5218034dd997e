package dev.playlens.app.models;

import dev.playlens.ml.cluster.ClusterRequest;
import dev.playlens.ml.cluster.ClusterResult;
import dev.playlens.ml.cluster.PerClusterComparison;
import dev.playlens.ml.data.RawTable;
import dev.playlens.ml.train.TrainRequest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Clusters the loaded players with K-Means (saved to the registry), then answers "one model per cluster, or
 * one for everyone?" on the same split with a paired bootstrap on the AUC difference.
 */
public final class ClusterController {
    private final ModelsModel model;
    private final MlBackend backend;
    private final ScreenJobs jobs;
    private final ModelsController data;
    private RawTable clusteredTable;

    ClusterController(ModelsModel model, MlBackend backend, ScreenJobs jobs, ModelsController data) {
        this.model = model;
        this.backend = backend;
        this.jobs = jobs;
        this.data = data;
    }

    private record Clustered(ClusterResult result, Map<String, Double> spread) {
    }

    public void cluster() {
        RawTable table = data.loadedTable();
        if (table == null) {
            jobs.reject("Load data first.");
            return;
        }
        String label = model.label.get();
        List<String> drop = new ArrayList<>(data.dropped(label));
        if (label != null && table.has(label)) drop.add(label); // clusters must not see the outcome
        ClusterRequest request;
        try {
            Integer k = model.kAuto.get() ? null : model.k.get();
            request = new ClusterRequest(data.loadedSource(), k, 2, Math.max(2, model.kMax.get()), model.seed.get(),
                    drop, model.clusterName.get().strip());
        } catch (IllegalArgumentException e) {
            jobs.reject(e.getMessage());
            return;
        }
        ModelsSettings form = ModelsSettings.of(model);
        jobs.start("Clustering players", ctx -> {
            data.saveForm(form);
            ClusterResult result = backend.clustering().cluster(request, table, ctx);
            return new Clustered(result, ClusterProfiles.spread(result, table));
        }, c -> {
            ClusterResult r = c.result();
            clusteredTable = table;
            model.perCluster.set(null);
            model.clusterSpread.set(c.spread());
            model.clusterResult.set(r);
            model.dataReport.setAll(r.dataReport());
            model.status.set(String.format(Locale.ROOT, "Clustered into k=%d (silhouette %.3f), saved as %s v%d.",
                    r.k(), r.silhouette(), r.name(), r.version()));
        });
    }

    /** Trains the form's classifier globally and per cluster on the clustered rows; nothing is saved. */
    public void comparePerCluster() {
        ClusterResult clusters = model.clusterResult.get();
        if (clusters == null || clusteredTable == null || clusteredTable != data.loadedTable()) {
            jobs.reject("Cluster the loaded data first.");
            return;
        }
        TrainRequest request;
        try {
            request = data.trainRequest(null);
        } catch (IllegalArgumentException | IllegalStateException e) {
            jobs.reject(e.getMessage());
            return;
        }
        RawTable table = clusteredTable;
        jobs.start("Per-cluster models vs one model", ctx -> backend.perCluster()
                .compare(request, table, clusters.assignments(), clusters.k(), ctx), r -> {
            model.perCluster.set(r);
            var d = r.difference().interval();
            model.status.set(String.format(Locale.ROOT,
                    "Per-cluster AUC %.3f vs one model %.3f: Δ %+.3f [%+.3f, %+.3f] — %s.", r.perCluster().auc(),
                    r.global().auc(), d.estimate(), d.lower(), d.upper(),
                    r.difference().significant() ? "a real difference" : "within noise"));
        });
    }
}
