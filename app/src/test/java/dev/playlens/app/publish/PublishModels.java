package dev.playlens.app.publish;

import dev.playlens.app.workspace.Workspace;
import dev.playlens.app.workspace.WorkspaceSettings;
import dev.playlens.core.job.JobContext;
import dev.playlens.ml.data.DataSource;
import dev.playlens.ml.data.FeatureLoader;
import dev.playlens.ml.data.RawTable;
import dev.playlens.ml.data.TableReader;
import dev.playlens.ml.data.WarehouseConnector;
import dev.playlens.ml.model.Algorithm;
import dev.playlens.ml.model.ClassifierTrainer;
import dev.playlens.ml.model.TrainParams;
import dev.playlens.ml.prep.PreprocessorFitter;
import dev.playlens.ml.registry.ModelRegistry;
import dev.playlens.ml.train.TrainRequest;
import dev.playlens.ml.train.TrainingService;
import dev.playlens.testsupport.RealData;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;

/**
 * A workspace whose warehouse holds the real Telco churn table ({@value #TABLE}, 7,043 customers) and whose
 * registry holds "churn" v1 (gradient-boosted trees) and v2 (logistic regression), both trained on that table.
 */
final class PublishModels {
    static final String TABLE = "telco";
    static final String ID = "customerID";
    static final int USERS = 7043;

    private PublishModels() {
    }

    static Workspace workspace(Path dir) throws Exception {
        Workspace ws = Workspace.create(dir, WorkspaceSettings.named("Publish test", null));
        String location = ws.warehouseLocation();
        String csv = RealData.file("WA_Fn-UseC_-Telco-Customer-Churn.csv").toString().replace("'", "''");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + location.substring("duckdb:".length()));
             Statement st = c.createStatement()) {
            // TotalCharges is blank (" ") for 11 new customers: a missing number, not text. Churn reads as a boolean.
            st.execute("CREATE TABLE " + TABLE + " AS SELECT * FROM read_csv('" + csv + "', header = true, nullstr = ' ')");
        }
        DataSource source = new DataSource.WarehouseTable(location, TABLE);
        FeatureLoader loader = new FeatureLoader(WarehouseConnector.duckdbOnly(), new TableReader());
        RawTable telco = loader.load(source, JobContext.silent());
        TrainingService training = new TrainingService(loader, new ClassifierTrainer(), new PreprocessorFitter(),
                Optional.of(new ModelRegistry(ws.modelsDir())));
        TrainRequest churn = new TrainRequest(source, "Churn", "true", Algorithm.GBT,
                TrainParams.defaults(Algorithm.GBT).withTrees(20), 42, 0.2, List.of(ID), "churn", 0.5, 0, 100);
        training.train(churn, telco, JobContext.silent());
        training.train(churn.withAlgorithm(Algorithm.LOGISTIC), telco, JobContext.silent());
        return ws;
    }
}
