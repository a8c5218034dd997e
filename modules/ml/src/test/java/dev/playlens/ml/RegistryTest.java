package dev.playlens.ml;

import dev.playlens.core.job.JobContext;
import dev.playlens.ml.data.RawColumn;
import dev.playlens.ml.data.RawTable;
import dev.playlens.ml.model.Algorithm;
import dev.playlens.ml.model.TrainParams;
import dev.playlens.ml.prep.SchemaMismatchException;
import dev.playlens.ml.registry.LoadedModel;
import dev.playlens.ml.registry.ModelComparison;
import dev.playlens.ml.registry.ModelMetadata;
import dev.playlens.ml.registry.ModelRef;
import dev.playlens.ml.registry.ModelRegistry;
import dev.playlens.ml.train.TrainRequest;
import dev.playlens.ml.train.TrainResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RegistryTest {
    @TempDir
    static Path dir;
    private static ModelRegistry registry;
    private static RawTable telco;
    private static TrainResult first;
    private static TrainResult second;

    @BeforeAll
    static void trainTwoVersions() throws Exception {
        registry = new ModelRegistry(dir.resolve("models"));
        telco = Fixtures.loader().load(Fixtures.telco(), JobContext.silent());
        TrainRequest request = TrainRequest.of(Fixtures.telco(), "Churn", "Yes").withName("churn")
                .withParams(TrainParams.defaults(Algorithm.GBT).withTrees(60));
        first = Fixtures.training(registry).train(request, telco, JobContext.silent());
        second = Fixtures.training(registry).train(request.withAlgorithm(Algorithm.LOGISTIC), telco, JobContext.silent());
    }

    @Test
    void versionsIncrementAndCurrentPointsAtTheLatest() throws Exception {
        assertThat(first.version()).isEqualTo(1);
        assertThat(second.version()).isEqualTo(2);
        assertThat(registry.versions("churn")).containsExactly(1, 2);
        assertThat(registry.currentVersion("churn")).isEqualTo(2);
        registry.setCurrent("churn", 1);
        assertThat(registry.load(ModelRef.parse("churn")).metadata().version()).isEqualTo(1);
        registry.setCurrent("churn", 2);
        assertThat(Files.list(dir.resolve("models/churn")).map(p -> p.getFileName().toString()))
                .noneMatch(n -> n.startsWith(".saving-"));
    }

    @Test
    void metadataRecordsWhatIsNeededToReproduce() throws Exception {
        ModelMetadata m = registry.show(ModelRef.parse("churn:1"));
        assertThat(m.kind()).isEqualTo("classifier");
        assertThat(m.algorithm()).isEqualTo("gbt");
        assertThat(m.dataSource()).startsWith("file:").endsWith("WA_Fn-UseC_-Telco-Customer-Churn.csv");
        assertThat(m.dataHash()).startsWith("sha256:").hasSize(7 + 64);
        assertThat(m.label()).isEqualTo("Churn == Yes");
        assertThat(m.seed()).isEqualTo(42);
        assertThat(m.parameters()).containsEntry("trees", 60);
        assertThat((Double) m.metrics().get("auc")).isEqualTo(first.metrics().auc());
        assertThat(m.libraries()).containsEntry("smile-core", "6.2.5").containsEntry("xgboost4j", "3.0.4")
                .containsKey("java");
        assertThat(m.parameters()).containsEntry("engine", "xgboost hist, lossguide").containsEntry("minChildWeight", 5.0);
        assertThat(m.schema()).extracting(s -> s.name()).contains("tenure", "Contract").doesNotContain("customerID", "Churn");
        assertThat(m.createdAt()).isNotBlank();
        assertThat(registry.list()).extracting(ModelMetadata::version).containsExactly(1, 2);
    }

    @Test
    void loadedModelReproducesTheTestPredictions() throws Exception {
        LoadedModel loaded = registry.load(ModelRef.parse("churn:1"));
        double[] scores = loaded.score(telco.select(first.testPredictions().rows()));
        assertThat(scores).containsExactly(first.testPredictions().probabilities());
        // The GBT artifact carries XGBoost's own model bytes; a Java-serialised Booster would not pass the filter.
        String artifact = new String(Files.readAllBytes(registry.versionDir("churn", 1).resolve(ModelRegistry.ARTIFACT)),
                java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(artifact).contains("XgboostTreeModel").doesNotContain("ml.dmlc");
    }

    @Test
    void compareShowsMetricsSideBySide() throws Exception {
        ModelComparison c = ModelComparison.of(registry, ModelRef.parse("churn:1"), ModelRef.parse("churn:2"));
        assertThat(c.sameData()).isTrue();
        double[] auc = c.metrics().get("auc");
        assertThat(auc[0]).isEqualTo(first.metrics().auc());
        assertThat(auc[1]).isEqualTo(second.metrics().auc());
        assertThat(auc[2]).isEqualTo(auc[1] - auc[0]);
    }

    @Test
    void scoringChecksTheSchema() throws Exception {
        LoadedModel loaded = registry.load(ModelRef.parse("churn"));
        assertThatThrownBy(() -> loaded.score(telco.without("tenure")))
                .isInstanceOf(SchemaMismatchException.class).hasMessageContaining("missing column 'tenure'");
        List<RawColumn> columns = new ArrayList<>();
        for (RawColumn c : telco.columns()) {
            if (!c.name().equals("MonthlyCharges")) {
                columns.add(c);
                continue;
            }
            String[] text = new String[c.size()];
            for (int i = 0; i < text.length; i++) text[i] = i == 3 ? "lots" : "12.5";
            columns.add(new RawColumn.Text("MonthlyCharges", text));
        }
        assertThatThrownBy(() -> loaded.score(new RawTable(columns)))
                .isInstanceOf(SchemaMismatchException.class)
                .hasMessage("column 'MonthlyCharges' must be numeric, row 4 has 'lots'");
    }

    @Test
    void unknownNamesAndVersionsFailClearly() {
        assertThatThrownBy(() -> registry.load(ModelRef.parse("payment"))).hasMessageContaining("no model named payment");
        assertThatThrownBy(() -> registry.load(ModelRef.parse("churn:9"))).hasMessageContaining("versions: [1, 2]");
        assertThatThrownBy(() -> ModelRef.parse("../etc")).hasMessageContaining("model name");
    }
}
