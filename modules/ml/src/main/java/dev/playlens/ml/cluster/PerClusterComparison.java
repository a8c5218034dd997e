package dev.playlens.ml.cluster;

import dev.playlens.core.job.JobContext;
import dev.playlens.ml.data.RawTable;
import dev.playlens.ml.eval.Auc;
import dev.playlens.ml.eval.BinaryMetrics;
import dev.playlens.ml.eval.Bootstrap;
import dev.playlens.ml.eval.StratifiedSplit;
import dev.playlens.ml.model.ClassifierTrainer;
import dev.playlens.ml.model.ProbabilityModel;
import dev.playlens.ml.prep.DataReport;
import dev.playlens.ml.prep.LabelSpec;
import dev.playlens.ml.prep.Preprocessor;
import dev.playlens.ml.prep.PreprocessorFitter;
import dev.playlens.ml.train.LabelledTable;
import dev.playlens.ml.train.TrainRequest;

import java.util.ArrayList;
import java.util.List;

/**
 * "One model per user group, or one for everyone?" Trains a global model and one model per cluster on the
 * same training rows, scores the same test rows both ways, and runs a paired bootstrap on the AUC difference
 * (per-cluster − global) so the answer says whether the difference is real. A cluster too small or with one
 * class in its training rows falls back to the global model (reported in its row).
 */
public final class PerClusterComparison {

    public record ClusterRow(int cluster, int trainRows, int testRows, int testPositives, double globalAuc,
                             double ownAuc, boolean usedGlobalFallback) {
    }

    public record Result(BinaryMetrics global, BinaryMetrics perCluster, Bootstrap.Difference difference,
                         List<ClusterRow> clusters, List<String> dataReport) {
    }

    private static final int MIN_CLUSTER_TRAIN_ROWS = 50;
    private final ClassifierTrainer trainer;
    private final PreprocessorFitter fitter;

    public PerClusterComparison(ClassifierTrainer trainer, PreprocessorFitter fitter) {
        this.trainer = trainer;
        this.fitter = fitter;
    }

    /** {@code clusterOfRow} gives each loaded row's cluster (from a clustering that did not see the label). */
    public Result compare(TrainRequest request, RawTable loaded, int[] clusterOfRow, int k, JobContext context) {
        DataReport report = new DataReport();
        LabelledTable data = LabelledTable.of(loaded, new LabelSpec(request.label(), request.positive()), request.drop(), report);
        StratifiedSplit.TrainTest split = StratifiedSplit.trainTest(data.y(), request.testFraction(), request.seed());
        int[] yTest = data.labelsAt(split.test());
        int[] testCluster = new int[split.test().length];
        for (int i = 0; i < testCluster.length; i++) testCluster[i] = clusterOfRow[data.rows()[split.test()[i]]];

        context.progress(0, k + 1, "global model");
        Preprocessor gPrep = fitter.fit(data.table().select(split.train()), data.excluded(), report);
        ProbabilityModel global = trainer.fit(request.algorithm(), gPrep.transform(data.table().select(split.train())),
                data.labelsAt(split.train()), request.params(), request.seed(), context);
        double[] pGlobal = global.probabilities(gPrep.transform(data.table().select(split.test())));
        double[] pCluster = pGlobal.clone();

        List<ClusterRow> rows = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            context.checkCancelled();
            context.progress(c + 1, k + 1, "model for cluster " + c);
            int[] trainIdx = inCluster(split.train(), data, clusterOfRow, c);
            int[] testPos = positionsInCluster(testCluster, c);
            int[] yTr = data.labelsAt(trainIdx);
            int positives = java.util.Arrays.stream(yTr).sum();
            boolean fallback = trainIdx.length < MIN_CLUSTER_TRAIN_ROWS || positives == 0 || positives == yTr.length;
            if (!fallback && testPos.length > 0) {
                Preprocessor prep = fitter.fit(data.table().select(trainIdx), data.excluded(), new DataReport());
                ProbabilityModel m = trainer.fit(request.algorithm(), prep.transform(data.table().select(trainIdx)), yTr,
                        request.params(), request.seed(), context);
                int[] testIdx = new int[testPos.length];
                for (int i = 0; i < testPos.length; i++) testIdx[i] = split.test()[testPos[i]];
                double[] p = m.probabilities(prep.transform(data.table().select(testIdx)));
                for (int i = 0; i < testPos.length; i++) pCluster[testPos[i]] = p[i];
            }
            int[] yc = new int[testPos.length];
            double[] gc = new double[testPos.length], oc = new double[testPos.length];
            for (int i = 0; i < testPos.length; i++) {
                yc[i] = yTest[testPos[i]];
                gc[i] = pGlobal[testPos[i]];
                oc[i] = pCluster[testPos[i]];
            }
            rows.add(new ClusterRow(c, trainIdx.length, testPos.length, java.util.Arrays.stream(yc).sum(),
                    Auc.roc(yc, gc), Auc.roc(yc, oc), fallback));
        }
        Bootstrap.Difference diff = new Bootstrap(request.bootstrapResamples(), 0.95)
                .aucDifference(yTest, pCluster, pGlobal, request.seed(), context);
        return new Result(BinaryMetrics.compute(yTest, pGlobal, request.threshold()),
                BinaryMetrics.compute(yTest, pCluster, request.threshold()), diff, rows, report.lines());
    }

    private static int[] inCluster(int[] idx, LabelledTable data, int[] clusterOfRow, int c) {
        return java.util.Arrays.stream(idx).filter(i -> clusterOfRow[data.rows()[i]] == c).toArray();
    }

    private static int[] positionsInCluster(int[] clusters, int c) {
        return java.util.stream.IntStream.range(0, clusters.length).filter(i -> clusters[i] == c).toArray();
    }
}
