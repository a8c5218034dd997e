package dev.playlens.publish;

import dev.playlens.core.job.JobContext;
import dev.playlens.ml.cluster.ClusterRequest;
import dev.playlens.ml.cluster.ClusteringService;
import dev.playlens.ml.cluster.KMeansClusterer;
import dev.playlens.ml.data.DataSource;
import dev.playlens.ml.data.FeatureLoader;
import dev.playlens.ml.data.RawTable;
import dev.playlens.ml.data.TableReader;
import dev.playlens.ml.data.WarehouseConnector;
import dev.playlens.ml.model.Algorithm;
import dev.playlens.ml.model.ClassifierTrainer;
import dev.playlens.ml.model.TrainParams;
import dev.playlens.ml.prep.PreprocessorFitter;
import dev.playlens.ml.registry.ModelRef;
import dev.playlens.ml.registry.ModelRegistry;
import dev.playlens.ml.train.TrainRequest;
import dev.playlens.ml.train.TrainingService;
import dev.playlens.testsupport.RealData;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One registry per test JVM, trained on the real Telco churn file: "churn" v1 (GBT, 40 trees) and v2 (logistic),
 * and "segments" v1 (k-means, k=3). Trained once, because every test class scores with the same models.
 */
final class TestModels {
    static final String ID = "customerID";
    private static TestModels instance;

    final ModelRegistry registry;
    final RawTable telco;
    final DataSource source;

    private TestModels(ModelRegistry registry, RawTable telco, DataSource source) {
        this.registry = registry;
        this.telco = telco;
        this.source = source;
    }

    static synchronized TestModels get() {
        if (instance != null) return instance;
        try {
            Path dir = Files.createTempDirectory("playlens-publish-models");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(dir)));
            ModelRegistry registry = new ModelRegistry(dir);
            DataSource source = new DataSource.File(RealData.file("WA_Fn-UseC_-Telco-Customer-Churn.csv"));
            FeatureLoader loader = new FeatureLoader(WarehouseConnector.duckdbOnly(), new TableReader());
            RawTable telco = loader.load(source, JobContext.silent());
            TrainingService training = new TrainingService(loader, new ClassifierTrainer(), new PreprocessorFitter(),
                    Optional.of(registry));
            TrainRequest churn = new TrainRequest(source, "Churn", "Yes", Algorithm.GBT,
                    TrainParams.defaults(Algorithm.GBT).withTrees(40), 42, 0.2, List.of(ID), "churn", 0.5, 0, 100);
            training.train(churn, telco, JobContext.silent());
            training.train(churn.withAlgorithm(Algorithm.LOGISTIC), telco, JobContext.silent());
            new ClusteringService(loader, new PreprocessorFitter(), new KMeansClusterer(), Optional.of(registry))
                    .cluster(new ClusterRequest(source, 3, 3, 3, 7, List.of(ID, "Churn"), "segments"), telco,
                            JobContext.silent());
            instance = new TestModels(registry, telco, source);
            return instance;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("cannot train the test models", e);
        }
    }

    private static void deleteTree(Path dir) {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException ignored) {
            // a temp dir; best effort
        }
    }

    ScoringModel load(String ref) {
        try {
            return new ScoringModels(registry).load(ModelRef.parse(ref));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first {@code n} Telco rows (a smaller set for the slower targets). */
    RawTable first(int n) {
        return telco.select(java.util.stream.IntStream.range(0, n).toArray());
    }
}
