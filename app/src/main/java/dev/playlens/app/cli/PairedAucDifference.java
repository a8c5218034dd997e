package dev.playlens.app.cli;

import dev.playlens.core.job.JobContext;
import dev.playlens.ml.data.DataSource;
import dev.playlens.ml.data.FeatureLoader;
import dev.playlens.ml.data.RawTable;
import dev.playlens.ml.eval.Bootstrap;
import dev.playlens.ml.eval.StratifiedSplit;
import dev.playlens.ml.prep.DataReport;
import dev.playlens.ml.prep.LabelSpec;
import dev.playlens.ml.registry.LoadedModel;
import dev.playlens.ml.registry.ModelMetadata;
import dev.playlens.ml.registry.ModelRegistry;
import dev.playlens.ml.registry.ModelRef;
import dev.playlens.ml.train.LabelledTable;

import java.nio.file.Path;
import java.util.List;

/**
 * The AUC difference B − A of two classifiers with its paired bootstrap interval. Both must have been trained on
 * the same data, label, seed and test fraction; then the held-out rows are the same for both, and they are
 * rebuilt here by reloading the data and repeating the seeded stratified split. The data must still hash to what
 * was trained on, so the rows really are the ones each model never saw.
 */
final class PairedAucDifference {
    static final int RESAMPLES = 2000;

    /** The interval, or why there is none. */
    record Outcome(Bootstrap.Difference difference, int testRows, String unavailableBecause) {
    }

    private PairedAucDifference() {
    }

    static Outcome compute(ModelRegistry registry, ModelRef refA, ModelRef refB, boolean sameData,
                           FeatureLoader loader, DataSource override, JobContext context) throws Exception {
        ModelMetadata a = registry.show(refA), b = registry.show(refB);
        if (!"classifier".equals(a.kind()) || !"classifier".equals(b.kind())) {
            return unavailable("both models must be classifiers");
        }
        if (!sameData) return unavailable("trained on different data, label, seed or test fraction: not a paired comparison");
        DataSource source = override != null ? override : sourceOf(a);
        if (source == null) return unavailable("cannot reload the training data (" + a.dataSource() + "); pass DATA");
        RawTable table;
        try {
            table = loader.load(source, context);
        } catch (Exception e) {
            if (override != null) throw e; // the user named it: a failure to read it is an error
            return unavailable("cannot reload the training data (" + Cli.describe(e) + "); pass DATA");
        }
        if (!FeatureLoader.hash(source, table).equals(a.dataHash())) {
            return unavailable("the data at " + source.describe() + " changed since training");
        }
        String labelColumn = a.label().substring(0, a.label().lastIndexOf(" == "));
        LabelledTable data = LabelledTable.of(table, new LabelSpec(labelColumn, a.positive()), List.of(), new DataReport());
        double testFraction = ((Number) a.parameters().get("testFraction")).doubleValue();
        int[] test = StratifiedSplit.trainTest(data.y(), testFraction, a.seed()).test();
        int[] rows = new int[test.length];
        for (int i = 0; i < test.length; i++) rows[i] = data.rows()[test[i]];
        RawTable held = table.select(rows);
        LoadedModel modelA = registry.load(refA), modelB = registry.load(refB);
        double[] pA = modelA.score(held), pB = modelB.score(held);
        Bootstrap.Difference d = new Bootstrap(RESAMPLES, 0.95).aucDifference(data.labelsAt(test), pB, pA, a.seed(), context);
        return new Outcome(d, test.length, null);
    }

    /** The data source recorded in a model's metadata, when it can be opened again. */
    static DataSource sourceOf(ModelMetadata m) {
        String described = m.dataSource();
        if (described.startsWith("file:")) return new DataSource.File(Path.of(described.substring("file:".length())));
        if (described.endsWith(" (query)") && m.queryParameters().isEmpty() && m.query() != null) {
            return new DataSource.WarehouseQuery(described.substring(0, described.length() - " (query)".length()), m.query(), List.of());
        }
        int hash = described.lastIndexOf('#');
        if (hash > 0) return new DataSource.WarehouseTable(described.substring(0, hash), described.substring(hash + 1));
        return null;
    }

    private static Outcome unavailable(String why) {
        return new Outcome(null, 0, why);
    }
}
