package dev.playlens.app.cli;

import dev.playlens.core.job.JobContext;
import dev.playlens.ml.data.DataSource;
import dev.playlens.ml.data.FeatureLoader;
import dev.playlens.ml.data.RawTable;
import dev.playlens.ml.data.TableReader;
import dev.playlens.ml.data.WarehouseConnector;
import dev.playlens.ml.model.Algorithm;
import dev.playlens.ml.model.TrainParams;
import dev.playlens.ml.model.ClassifierTrainer;
import dev.playlens.ml.prep.PreprocessorFitter;
import dev.playlens.ml.registry.ModelRegistry;
import dev.playlens.ml.train.TrainRequest;
import dev.playlens.ml.train.TrainingService;
import dev.playlens.testsupport.RealData;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** A registry with "churn" v1: gradient-boosted trees trained on the real Telco churn file (7,043 customers). */
final class TelcoModels {
    static final Path CSV = RealData.file("WA_Fn-UseC_-Telco-Customer-Churn.csv");
    static final String ID = "customerID";
    static final int USERS = 7043;

    private TelcoModels() {
    }

    static RawTable train(Path registryDir) throws Exception {
        ModelRegistry registry = new ModelRegistry(registryDir);
        DataSource source = new DataSource.File(CSV);
        FeatureLoader loader = new FeatureLoader(WarehouseConnector.duckdbOnly(), new TableReader());
        RawTable telco = loader.load(source, JobContext.silent());
        TrainRequest churn = new TrainRequest(source, "Churn", "Yes", Algorithm.GBT,
                TrainParams.defaults(Algorithm.GBT).withTrees(30), 42, 0.2, List.of(ID), "churn", 0.5, 0, 100);
        new TrainingService(loader, new ClassifierTrainer(), new PreprocessorFitter(), Optional.of(registry))
                .train(churn, telco, JobContext.silent());
        return telco;
    }
}
