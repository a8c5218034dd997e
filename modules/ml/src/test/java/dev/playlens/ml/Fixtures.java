package dev.playlens.ml;

import dev.playlens.ml.data.DataSource;
import dev.playlens.ml.data.FeatureLoader;
import dev.playlens.ml.data.TableReader;
import dev.playlens.ml.data.WarehouseConnector;
import dev.playlens.ml.model.ClassifierTrainer;
import dev.playlens.ml.prep.PreprocessorFitter;
import dev.playlens.ml.registry.ModelRegistry;
import dev.playlens.ml.train.TrainingService;
import dev.playlens.testsupport.RealData;

import java.util.Optional;

/** Wiring shared by the tests: the same composition the CLI does. */
final class Fixtures {
    private Fixtures() {
    }

    static FeatureLoader loader() {
        return new FeatureLoader(WarehouseConnector.duckdbOnly(), new TableReader());
    }

    static TrainingService training(ModelRegistry registry) {
        return new TrainingService(loader(), new ClassifierTrainer(), new PreprocessorFitter(), Optional.ofNullable(registry));
    }

    static DataSource telco() {
        return new DataSource.File(RealData.file("WA_Fn-UseC_-Telco-Customer-Churn.csv"));
    }

    static DataSource devsisters() {
        return new DataSource.File(RealData.file("devsisters/game_data_utf_8_eng.csv"));
    }
}
