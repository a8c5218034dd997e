package dev.playlens.publish;

import dev.playlens.ml.data.RawColumn;
import dev.playlens.ml.data.RawTable;
import dev.playlens.ml.registry.ModelRef;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScoringTest {
    private final TestModels models = TestModels.get();
    private final Instant at = Instant.parse("2025-01-02T03:04:05Z");

    @Test
    void classifierGivesTheRegistryProbabilityAndTheThresholdLabel() throws Exception {
        ScoringModel churn = models.load("churn:1");
        RawTable rows = models.first(500);
        String[] ids = UserIds.extract(rows, TestModels.ID, "telco");
        List<Prediction> out = churn.score(rows, ids, at);

        double[] expected = models.registry.load(ModelRef.parse("churn:1")).score(rows);
        assertThat(out).hasSize(500);
        for (int i = 0; i < out.size(); i++) {
            Prediction p = out.get(i);
            assertThat(p.userId()).isEqualTo(((RawColumn.Text) rows.column(TestModels.ID)).values()[i]);
            assertThat(p.score()).isEqualTo(expected[i]);
            assertThat(p.label()).isEqualTo(expected[i] >= 0.5 ? 1 : 0);
            assertThat(p.cluster()).isNull();
            assertThat(p.model()).isEqualTo("churn");
            assertThat(p.version()).isEqualTo(1);
            assertThat(p.scoredAt()).isEqualTo(at);
        }
        assertThat(out).extracting(Prediction::label).contains(0, 1);
    }

    @Test
    void clusteringGivesTheAssignedCluster() throws Exception {
        RawTable rows = models.first(300);
        List<Prediction> out = models.load("segments").score(rows, UserIds.extract(rows, TestModels.ID, "telco"), at);
        int[] expected = models.registry.load(ModelRef.parse("segments:1")).assign(rows);
        for (int i = 0; i < out.size(); i++) {
            assertThat(out.get(i).cluster()).isEqualTo(expected[i]);
            assertThat(out.get(i).score()).isNull();
        }
        assertThat(out).extracting(Prediction::cluster).containsOnly(0, 1, 2).contains(0, 1, 2);
    }

    @Test
    void perClusterModelsRouteEachUserToItsClustersClassifier() throws Exception {
        RawTable rows = models.first(400);
        ClusterScoring router = (ClusterScoring) models.load("segments:1");
        ClassifierScoring v1 = (ClassifierScoring) models.load("churn:1");
        ClassifierScoring v2 = (ClassifierScoring) models.load("churn:2");
        ScoringModel composite = new PerClusterScoring("churn-by-segment", 1, router, Map.of(0, v1, 1, v2, 2, v1));
        List<Prediction> out = composite.score(rows, UserIds.extract(rows, TestModels.ID, "telco"), at);

        int[] cluster = models.registry.load(ModelRef.parse("segments:1")).assign(rows);
        double[] p1 = models.registry.load(ModelRef.parse("churn:1")).score(rows);
        double[] p2 = models.registry.load(ModelRef.parse("churn:2")).score(rows);
        for (int i = 0; i < out.size(); i++) {
            assertThat(out.get(i).cluster()).isEqualTo(cluster[i]);
            assertThat(out.get(i).score()).isEqualTo(cluster[i] == 1 ? p2[i] : p1[i]);
            assertThat(out.get(i).model()).isEqualTo("churn-by-segment");
        }
        ScoringModel missing = new PerClusterScoring("x", 1, router, Map.of(0, v1));
        assertThatThrownBy(() -> missing.score(rows, UserIds.extract(rows, TestModels.ID, "telco"), at))
                .hasMessageContaining("no classifier for cluster");
    }

    @Test
    void idColumnDefaultsAndBadIdsAreNamed() {
        RawTable rows = models.first(10);
        assertThatThrownBy(() -> UserIds.column(rows, null, "telco.csv"))
                .hasMessageContaining("telco.csv: no user_id or client_id column");
        assertThatThrownBy(() -> UserIds.column(rows, "uid", "telco.csv")).hasMessageContaining("--id column 'uid' not found");

        String[] ids = ((RawColumn.Text) rows.column(TestModels.ID)).values().clone();
        ids[7] = ids[2];
        List<RawColumn> cols = new ArrayList<>(rows.without(TestModels.ID).columns());
        cols.add(new RawColumn.Text("user_id", ids));
        RawTable dup = new RawTable(cols);
        assertThat(UserIds.column(dup, null, "f")).isEqualTo("user_id");
        assertThatThrownBy(() -> UserIds.extract(dup, "user_id", "f.csv"))
                .hasMessage("f.csv: row 8, field user_id: user id '" + ids[2] + "' repeats row 3");
        RawTable numeric = new RawTable(List.of(new RawColumn.Numeric("client_id", new double[]{12, 13.5, Double.NaN})));
        assertThatThrownBy(() -> UserIds.extract(numeric, "client_id", "n.csv")).hasMessage("n.csv: row 3, field client_id: missing user id");
        assertThat(UserIds.extract(numeric.select(new int[]{0, 1}), "client_id", "n")).containsExactly("12", "13.5");
    }

    @Test
    void cacheValueIsCompactJson() {
        assertThat(new Prediction("m", 1, "u", 0.25, 0, null, at).cacheJson()).isEqualTo("{\"score\":0.25,\"label\":0,\"cluster\":null}");
    }
}
