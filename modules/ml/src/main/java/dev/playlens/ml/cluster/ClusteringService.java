package dev.playlens.ml.cluster;

import dev.playlens.core.job.Job;
import dev.playlens.core.job.JobContext;
import dev.playlens.ml.data.FeatureLoader;
import dev.playlens.ml.data.RawColumn;
import dev.playlens.ml.data.RawTable;
import dev.playlens.ml.prep.ColumnSchema;
import dev.playlens.ml.prep.DataReport;
import dev.playlens.ml.prep.Preprocessor;
import dev.playlens.ml.prep.PreprocessorFitter;
import dev.playlens.ml.registry.Libraries;
import dev.playlens.ml.registry.ModelArtifact;
import dev.playlens.ml.registry.ModelMetadata;
import dev.playlens.ml.registry.ModelRegistry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Load → encode (one-hot, imputed) → standardise → K-Means (k fixed or by silhouette) → profiles → registry. */
public final class ClusteringService {
    private final FeatureLoader loader;
    private final PreprocessorFitter fitter;
    private final KMeansClusterer clusterer;
    private final Optional<ModelRegistry> registry;

    public ClusteringService(FeatureLoader loader, PreprocessorFitter fitter, KMeansClusterer clusterer,
                             Optional<ModelRegistry> registry) {
        this.loader = loader;
        this.fitter = fitter;
        this.clusterer = clusterer;
        this.registry = registry;
    }

    public Job<ClusterResult> job(ClusterRequest request) {
        return context -> cluster(request, loader.load(request.data(), context), context);
    }

    public ClusterResult cluster(ClusterRequest request, RawTable table, JobContext context) {
        DataReport report = new DataReport();
        report.add("loaded " + table.rowCount() + " rows from " + request.data().describe());
        report.addAll(table.loadNotes());
        for (String d : request.drop()) table.column(d); // fails naming the column if it does not exist
        if (!request.drop().isEmpty()) report.add("dropped on request: " + String.join(", ", request.drop()));
        Preprocessor prep = fitter.fit(table, request.drop(), report);
        double[][] x = prep.transform(table);
        KMeansClusterer.Fit fit = clusterer.fit(x, request.from(), request.to(), request.seed(), context);
        int k = fit.model().k();
        int[] sizes = new int[k];
        for (int c : fit.labels()) sizes[c]++;
        report.add("k-means: k=" + k + (request.k() == null ? " chosen by silhouette from " + fit.silhouetteByK() : " (fixed)")
                + String.format(", silhouette %.3f", fit.silhouette()));
        List<Map<String, Double>> profiles = profiles(table, prep, fit.labels(), k);
        ClusterResult result = new ClusterResult(request.name(), null, k, fit.silhouette(), fit.silhouetteByK(), sizes,
                profiles, fit.labels(), report.lines());
        if (request.name() == null || registry.isEmpty()) return result;
        Map<String, Object> metrics = new LinkedHashMap<>(result.summary());
        metrics.keySet().removeAll(List.of("name", "version"));
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("k", request.k() == null ? "auto" : request.k());
        params.put("kRange", List.of(request.from(), request.to()));
        ModelMetadata meta = new ModelMetadata(request.name(), 0, null, "clustering", "k-means",
                request.data().describe(), FeatureLoader.hash(request.data(), table), ModelMetadata.query(request.data()),
                ModelMetadata.queryParameters(request.data()), null, null, prep.schema(), prep.featureNames(),
                request.seed(), params, metrics, report.lines(), Libraries.versions());
        int version = registry.get().save(request.name(), new ModelArtifact.Clusters(prep, fit.model()), meta);
        return new ClusterResult(request.name(), version, k, fit.silhouette(), fit.silhouetteByK(), sizes, profiles,
                fit.labels(), report.lines());
    }

    /** Per cluster: the mean of each numeric column (missing values skipped) and each category level's share. */
    static List<Map<String, Double>> profiles(RawTable table, Preprocessor prep, int[] labels, int k) {
        List<Map<String, Double>> out = new ArrayList<>();
        for (int c = 0; c < k; c++) out.add(new LinkedHashMap<>());
        for (ColumnSchema s : prep.schema()) {
            RawColumn col = table.column(s.name());
            if (col instanceof RawColumn.Numeric n) {
                double[] sum = new double[k];
                int[] count = new int[k];
                for (int i = 0; i < labels.length; i++) {
                    if (Double.isNaN(n.values()[i])) continue;
                    sum[labels[i]] += n.values()[i];
                    count[labels[i]]++;
                }
                for (int c = 0; c < k; c++) out.get(c).put(s.name(), count[c] == 0 ? Double.NaN : sum[c] / count[c]);
            } else if (col instanceof RawColumn.Text t) {
                int[] size = new int[k];
                for (int l : labels) size[l]++;
                for (String level : s.categories()) {
                    int[] hits = new int[k];
                    for (int i = 0; i < labels.length; i++) if (level.equals(t.values()[i])) hits[labels[i]]++;
                    for (int c = 0; c < k; c++) out.get(c).put(s.name() + "=" + level, (double) hits[c] / size[c]);
                }
            }
        }
        return out;
    }
}
