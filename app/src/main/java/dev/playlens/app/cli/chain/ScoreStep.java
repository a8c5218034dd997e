package dev.playlens.app.cli.chain;

import dev.playlens.core.job.JobContext;
import dev.playlens.ml.data.DataSource;
import dev.playlens.ml.data.FeatureLoader;
import dev.playlens.ml.data.RawTable;
import dev.playlens.ml.data.TableReader;
import dev.playlens.ml.data.WarehouseConnector;
import dev.playlens.ml.registry.ModelMetadata;
import dev.playlens.ml.registry.ModelRef;
import dev.playlens.ml.registry.ModelRegistry;
import dev.playlens.publish.Prediction;
import dev.playlens.publish.ScoringModel;
import dev.playlens.publish.ScoringModels;
import dev.playlens.publish.UserIds;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

/** score: every user of the feature table or query, scored with one registry model version. */
final class ScoreStep implements ChainStep {
    private static final int CHUNK = 10_000;
    private final ChainConfig.Score config;
    private final String warehouse;
    private final ModelRegistry registry;
    private final WarehouseConnector connector;

    ScoreStep(ChainConfig.Score config, String warehouse, ModelRegistry registry, WarehouseConnector connector) {
        this.config = config;
        this.warehouse = warehouse;
        this.registry = registry;
        this.connector = connector;
    }

    @Override
    public String name() {
        return "score";
    }

    @Override
    public Result run(ChainState state, JobContext context) throws Exception {
        ModelRef ref = ModelRef.parse(config.model());
        ScoringModel model = new ScoringModels(registry).load(ref);
        DataSource source = config.recentDays() != null ? RecentActivity.features(connector, warehouse, config.recentDays())
                : source(registry.show(new ModelRef(ref.name(), model.version())));
        context.progress(0, -1, "loading " + source.describe());
        RawTable features = new FeatureLoader(connector, new TableReader()).load(source, context);
        String idColumn = UserIds.column(features, config.id(), source.describe());
        String[] ids = UserIds.extract(features, idColumn, source.describe());
        List<Prediction> predictions = score(model, features, ids, context);
        state.scored(new ChainState.Scored(model, features, idColumn, source.describe(), predictions));
        return summary(model, source, predictions);
    }

    /** In chunks, so the encoded feature matrix of only one chunk is alive at a time, and progress can be shown. */
    private static List<Prediction> score(ScoringModel model, RawTable features, String[] ids, JobContext context) {
        Instant at = Instant.now();
        List<Prediction> out = new ArrayList<>(ids.length);
        for (int from = 0; from < ids.length; from += CHUNK) {
            context.checkCancelled();
            int to = Math.min(ids.length, from + CHUNK);
            out.addAll(model.score(features.select(IntStream.range(from, to).toArray()), Arrays.copyOfRange(ids, from, to), at));
            context.progress(to, ids.length, "scored " + to + " of " + ids.length + " users with " + model.name() + ":" + model.version());
        }
        return out;
    }

    /** table, query, or else the query the model was trained on (with its recorded parameters). */
    private DataSource source(ModelMetadata trained) {
        if (config.table() != null) return new DataSource.WarehouseTable(warehouse, config.table());
        if (config.query() != null) return new DataSource.WarehouseQuery(warehouse, config.query(), List.of());
        if (trained.query() == null) {
            throw new IllegalArgumentException(trained.name() + ":" + trained.version() + " was trained from "
                    + trained.dataSource() + ", not a warehouse query; give score.table or score.query");
        }
        return new DataSource.WarehouseQuery(warehouse, trained.query(), new ArrayList<>(trained.queryParameters()));
    }

    private static Result summary(ScoringModel model, DataSource source, List<Prediction> predictions) {
        long positives = 0;
        double sum = 0;
        long scored = 0;
        Map<Integer, Long> clusters = new TreeMap<>();
        for (Prediction p : predictions) {
            if (p.label() != null && p.label() == 1) positives++;
            if (p.score() != null) {
                sum += p.score();
                scored++;
            }
            if (p.cluster() != null) clusters.merge(p.cluster(), 1L, Long::sum);
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("model", model.name());
        json.put("version", model.version());
        json.put("data", source.describe());
        json.put("users", predictions.size());
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%,d users of %s scored with %s:%d",
                predictions.size(), source.describe(), model.name(), model.version()));
        if (scored > 0) {
            json.put("positives", positives);
            json.put("mean_score", sum / scored);
            line.append(String.format(Locale.ROOT, ": %,d positive, mean score %.3f", positives, sum / scored));
        }
        if (!clusters.isEmpty()) {
            Map<String, Long> sizes = new LinkedHashMap<>();
            clusters.forEach((k, v) -> sizes.put(Integer.toString(k), v));
            json.put("clusters", sizes);
            line.append(", cluster sizes ").append(clusters.values());
        }
        return new Result(json, line.toString());
    }
}
