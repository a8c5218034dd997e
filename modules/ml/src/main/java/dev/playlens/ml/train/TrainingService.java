package dev.playlens.ml.train;

import dev.playlens.core.job.Job;
import dev.playlens.core.job.JobContext;
import dev.playlens.ml.data.DataSource;
import dev.playlens.ml.data.FeatureLoader;
import dev.playlens.ml.data.RawTable;
import dev.playlens.ml.eval.BinaryMetrics;
import dev.playlens.ml.eval.Bootstrap;
import dev.playlens.ml.eval.Curves;
import dev.playlens.ml.eval.StratifiedSplit;
import dev.playlens.ml.model.ClassifierTrainer;
import dev.playlens.ml.model.ProbabilityModel;
import dev.playlens.ml.prep.DataReport;
import dev.playlens.ml.prep.LabelSpec;
import dev.playlens.ml.prep.Preprocessor;
import dev.playlens.ml.prep.PreprocessorFitter;
import dev.playlens.ml.registry.ModelArtifact;
import dev.playlens.ml.registry.ModelMetadata;
import dev.playlens.ml.registry.ModelRegistry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Load → label → seeded stratified split → encode (fitted on training rows only) → fit → evaluate on the
 * held-out rows (metrics, curves, bootstrap CI, optional k-fold CV on the training rows) → save to the registry.
 * The saved model is the one evaluated, so its metrics describe exactly what gets deployed.
 */
public final class TrainingService {
    private final FeatureLoader loader;
    private final ClassifierTrainer trainer;
    private final PreprocessorFitter fitter;
    private final Optional<ModelRegistry> registry;

    public TrainingService(FeatureLoader loader, ClassifierTrainer trainer, PreprocessorFitter fitter,
                           Optional<ModelRegistry> registry) {
        this.loader = loader;
        this.trainer = trainer;
        this.fitter = fitter;
        this.registry = registry;
    }

    public Job<TrainResult> job(TrainRequest request) {
        return context -> train(request, context);
    }

    public TrainResult train(TrainRequest request, JobContext context) throws Exception {
        context.progress(0, 5, "loading " + request.data().describe());
        RawTable loaded = loader.load(request.data(), context);
        return train(request, loaded, context);
    }

    /** Trains on an already loaded table (the caller keeps it for clustering or comparisons). */
    public TrainResult train(TrainRequest request, RawTable loaded, JobContext context) {
        DataReport report = new DataReport();
        report.add("loaded " + loaded.rowCount() + " rows x " + loaded.columns().size() + " columns from "
                + request.data().describe());
        report.addAll(loaded.loadNotes());
        LabelledTable data = LabelledTable.of(loaded, new LabelSpec(request.label(), request.positive()), request.drop(), report);
        StratifiedSplit.TrainTest split = StratifiedSplit.trainTest(data.y(), request.testFraction(), request.seed());
        report.add(String.format("split: %d train / %d test, stratified, seed %d", split.train().length,
                split.test().length, request.seed()));

        context.checkCancelled();
        context.progress(1, 5, "encoding features");
        Preprocessor prep = fitter.fit(data.table().select(split.train()), data.excluded(), report);
        double[][] xTrain = prep.transform(data.table().select(split.train()));
        double[][] xTest = prep.transform(data.table().select(split.test()));
        int[] yTrain = data.labelsAt(split.train()), yTest = data.labelsAt(split.test());

        context.checkCancelled();
        context.progress(2, 5, "training " + request.algorithm().cliName() + " on " + xTrain.length + " rows");
        ProbabilityModel model = trainer.fit(request.algorithm(), xTrain, yTrain, request.params(), request.seed(),
                context);

        context.checkCancelled();
        context.progress(3, 5, "evaluating on " + xTest.length + " held-out rows");
        double[] pTest = model.probabilities(xTest);
        BinaryMetrics metrics = BinaryMetrics.compute(yTest, pTest, request.threshold());
        Bootstrap.Interval ci = new Bootstrap(request.bootstrapResamples(), 0.95).auc(yTest, pTest, request.seed(), context);
        CrossValidationSummary cv = request.cvFolds() > 0 ? crossValidate(request, data, split.train(), context) : null;
        Map<String, Double> importance = sortedImportance(prep, model.importance());
        int[] testRows = new int[split.test().length];
        for (int i = 0; i < testRows.length; i++) testRows[i] = data.rows()[split.test()[i]];

        TrainResult result = new TrainResult(request.name(), null, request.algorithm(), request.seed(), xTrain.length,
                xTest.length, prep.featureNames(), metrics, ci, cv, Curves.compute(yTest, pTest, 10), importance,
                report.lines(), new TestPredictions(testRows, yTest, pTest));
        if (request.name() == null || registry.isEmpty()) return result;

        context.progress(4, 5, "saving " + request.name());
        ModelMetadata meta = ModelMetadata.forClassifier(request, data, FeatureLoader.hash(request.data(), loaded), prep,
                result);
        int version = registry.get().save(request.name(), new ModelArtifact.Classifier(prep, model), meta);
        context.progress(5, 5, "saved " + request.name() + " v" + version);
        return new TrainResult(request.name(), version, result.algorithm(), result.seed(), result.trainRows(),
                result.testRows(), result.features(), metrics, ci, cv, result.curves(), importance, result.dataReport(),
                result.testPredictions());
    }

    /** k-fold CV inside the training rows; each fold refits the encoding so no fold sees its own test rows. */
    private CrossValidationSummary crossValidate(TrainRequest request, LabelledTable data, int[] trainRows,
                                                 JobContext context) {
        RawTable train = data.table().select(trainRows);
        int[] y = data.labelsAt(trainRows);
        List<Double> aucs = new ArrayList<>();
        List<StratifiedSplit.TrainTest> folds = StratifiedSplit.kFold(y, request.cvFolds(), request.seed());
        for (int f = 0; f < folds.size(); f++) {
            context.checkCancelled();
            context.progress(3, 5, "cross-validation fold " + (f + 1) + "/" + folds.size());
            var fold = folds.get(f);
            Preprocessor prep = fitter.fit(train.select(fold.train()), data.excluded(), new DataReport());
            int[] yTr = new int[fold.train().length], yTe = new int[fold.test().length];
            for (int i = 0; i < yTr.length; i++) yTr[i] = y[fold.train()[i]];
            for (int i = 0; i < yTe.length; i++) yTe[i] = y[fold.test()[i]];
            ProbabilityModel m = trainer.fit(request.algorithm(), prep.transform(train.select(fold.train())), yTr,
                    request.params(), request.seed(), context);
            aucs.add(BinaryMetrics.compute(yTe, m.probabilities(prep.transform(train.select(fold.test()))), 0.5).auc());
        }
        return new CrossValidationSummary(aucs);
    }

    private static Map<String, Double> sortedImportance(Preprocessor prep, double[] featureImportance) {
        Map<String, Double> byColumn = PreprocessorFitter.importanceByColumn(prep, featureImportance);
        double total = byColumn.values().stream().mapToDouble(Double::doubleValue).sum();
        Map<String, Double> out = new LinkedHashMap<>();
        byColumn.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()))
                .forEach(e -> out.put(e.getKey(), total > 0 ? e.getValue() / total : 0));
        return out;
    }

    /** Convenience for callers that just need a request against a file. */
    public static TrainRequest fileRequest(java.nio.file.Path file, String label, String positive) {
        return TrainRequest.of(new DataSource.File(file), label, positive);
    }
}
