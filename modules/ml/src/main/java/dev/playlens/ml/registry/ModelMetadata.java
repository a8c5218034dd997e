package dev.playlens.ml.registry;

import dev.playlens.ml.data.DataSource;
import dev.playlens.ml.prep.ColumnSchema;
import dev.playlens.ml.prep.Preprocessor;
import dev.playlens.ml.train.LabelledTable;
import dev.playlens.ml.train.TrainRequest;
import dev.playlens.ml.train.TrainResult;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code model.json}: everything needed to reproduce or audit a model — data source and hash, query and its
 * parameters, label definition, input schema and encoded features, seed, parameters, metrics, data report,
 * library versions and time. {@code version} and {@code createdAt} are filled in by the registry on save.
 */
public record ModelMetadata(String name, int version, String createdAt, String kind, String algorithm,
                            String dataSource, String dataHash, String query, List<String> queryParameters,
                            String label, String positive, List<ColumnSchema> schema, List<String> features, long seed,
                            Map<String, Object> parameters, Map<String, Object> metrics, List<String> dataReport,
                            Map<String, String> libraries) {

    public ModelMetadata withVersion(String n, int v, Instant at) {
        return new ModelMetadata(n, v, at.toString(), kind, algorithm, dataSource, dataHash, query, queryParameters,
                label, positive, schema, features, seed, parameters, metrics, dataReport, libraries);
    }

    public static ModelMetadata forClassifier(TrainRequest r, LabelledTable data, String hash, Preprocessor prep,
                                              TrainResult result) {
        Map<String, Object> params = new LinkedHashMap<>(r.params().asMap(r.algorithm()));
        params.put("testFraction", r.testFraction());
        params.put("threshold", r.threshold());
        params.put("cvFolds", r.cvFolds());
        Map<String, Object> metrics = new LinkedHashMap<>(result.summary());
        metrics.keySet().removeAll(List.of("name", "version", "algorithm", "seed"));
        metrics.put("importance", result.importance());
        return new ModelMetadata(r.name(), 0, null, "classifier", r.algorithm().cliName(), r.data().describe(), hash,
                query(r.data()), queryParameters(r.data()), data.labelColumn() + " == " + data.positive(),
                data.positive(), prep.schema(), prep.featureNames(), r.seed(), params, metrics,
                result.dataReport(), Libraries.versions());
    }

    public static String query(DataSource source) {
        return switch (source) {
            case DataSource.WarehouseQuery q -> q.sql();
            case DataSource.WarehouseTable t -> t.sql();
            case DataSource.File f -> null;
        };
    }

    public static List<String> queryParameters(DataSource source) {
        return source instanceof DataSource.WarehouseQuery q ? q.parameters().stream().map(String::valueOf).toList()
                : List.of();
    }
}
