package dev.playlens.publish;

import dev.playlens.core.job.JobContext;
import dev.playlens.ml.data.RawTable;
import dev.playlens.ml.registry.ModelRef;
import dev.playlens.ml.registry.ModelRegistry;
import dev.playlens.publish.batch.JdbcConnectors;
import dev.playlens.publish.batch.JdbcTarget;
import dev.playlens.ml.data.DataSource;
import dev.playlens.ml.data.FeatureLoader;
import dev.playlens.ml.data.TableReader;
import dev.playlens.ml.data.WarehouseConnector;
import dev.playlens.testsupport.RealData;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Child JVM for the kill test: publishes slowly (500 rows a batch, a pause each), printing progress. */
public final class SlowPublishMain {
    public static void main(String[] args) throws Exception {
        ModelRegistry registry = new ModelRegistry(Path.of(args[0]));
        ScoringModel model = new ScoringModels(registry).load(ModelRef.parse(args[1]));
        RawTable telco = new FeatureLoader(WarehouseConnector.duckdbOnly(), new TableReader())
                .load(new DataSource.File(RealData.file("WA_Fn-UseC_-Telco-Customer-Churn.csv")), JobContext.silent());
        JobContext printing = new JobContext() {
            @Override
            public void progress(long done, long total, String message) {
                System.out.println("sent " + done);
                System.out.flush();
                try {
                    Thread.sleep(300);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
        try {
            new Publisher(Clock.systemUTC(), Optional.empty(), 500).publish(model, telco, TestModels.ID, "telco", List.of(
                    JdbcTarget.parse(args[2], JdbcConnectors.fromEnvironment(Map.of()))), printing);
            System.out.println("DONE");
        } catch (Exception e) {
            System.out.println("FAILED " + e);
        }
    }
}
