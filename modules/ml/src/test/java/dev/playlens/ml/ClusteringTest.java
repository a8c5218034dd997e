package dev.playlens.ml;

import dev.playlens.core.job.JobContext;
import dev.playlens.ml.cluster.ClusterRequest;
import dev.playlens.ml.cluster.ClusterResult;
import dev.playlens.ml.cluster.ClusteringService;
import dev.playlens.ml.cluster.KMeansClusterer;
import dev.playlens.ml.cluster.PerClusterComparison;
import dev.playlens.ml.data.DataSource;
import dev.playlens.ml.data.RawColumn;
import dev.playlens.ml.data.RawTable;
import dev.playlens.ml.model.Algorithm;
import dev.playlens.ml.model.ClassifierTrainer;
import dev.playlens.ml.prep.PreprocessorFitter;
import dev.playlens.ml.registry.ModelRef;
import dev.playlens.ml.registry.ModelRegistry;
import dev.playlens.ml.train.TrainRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class ClusteringTest {
    private static final double[][] CENTRES = {{0, 0, 0}, {10, 0, 0}, {0, 10, 0}, {0, 0, 10}};

    /** 4 well-separated Gaussian blobs in 3-D, 150 points each; column "truth" holds the generating blob. */
    private static RawTable blobs(long seed) {
        Random r = new Random(seed);
        int n = 600;
        double[][] cols = new double[3][n];
        double[] truth = new double[n], label = new double[n];
        for (int i = 0; i < n; i++) {
            int b = i % 4;
            truth[i] = b;
            for (int j = 0; j < 3; j++) cols[j][i] = CENTRES[b][j] + r.nextGaussian();
            // The label depends on a 4th feature with opposite signs in blobs 0/1 and 2/3, so one linear model
            // for everyone cannot fit it, while one per cluster can.
            label[i] = 0;
        }
        double[] signal = new double[n];
        for (int i = 0; i < n; i++) {
            signal[i] = r.nextGaussian();
            double sign = truth[i] < 2 ? 1 : -1;
            label[i] = r.nextDouble() < 1 / (1 + Math.exp(-3 * sign * signal[i])) ? 1 : 0;
        }
        List<RawColumn> columns = new ArrayList<>();
        for (int j = 0; j < 3; j++) columns.add(new RawColumn.Numeric("x" + j, cols[j]));
        columns.add(new RawColumn.Numeric("signal", signal));
        columns.add(new RawColumn.Numeric("truth", truth));
        columns.add(new RawColumn.Numeric("label", label));
        return new RawTable(columns);
    }

    private static ClusteringService service(ModelRegistry registry) {
        return new ClusteringService(Fixtures.loader(), new PreprocessorFitter(), new KMeansClusterer(),
                java.util.Optional.ofNullable(registry));
    }

    @Test
    void silhouettePicksTheTrueNumberOfBlobsAndRecoversThem(@TempDir Path dir) throws Exception {
        RawTable data = blobs(3);
        ModelRegistry registry = new ModelRegistry(dir);
        ClusterRequest request = ClusterRequest.of(new DataSource.WarehouseTable("duckdb:" + dir.resolve("w.duckdb"), "blobs"), "auto", 11,
                List.of("truth", "label", "signal"), "segments");
        ClusterResult result = service(registry).cluster(request, data, JobContext.silent());
        assertThat(result.k()).isEqualTo(4);
        assertThat(result.silhouetteByK()).containsOnlyKeys(2, 3, 4, 5, 6, 7, 8);
        assertThat(result.silhouette()).isGreaterThan(0.6);
        // Every true blob maps onto exactly one cluster.
        double[] truth = ((RawColumn.Numeric) data.column("truth")).values();
        Map<Integer, Integer> blobToCluster = new HashMap<>();
        for (int i = 0; i < truth.length; i++) {
            Integer prev = blobToCluster.putIfAbsent((int) truth[i], result.assignments()[i]);
            if (prev != null) assertThat(result.assignments()[i]).isEqualTo(prev);
        }
        assertThat(blobToCluster.values()).doesNotHaveDuplicates();
        assertThat(result.sizes()).containsOnly(150);
        // Profiles are in the input's own units: the blob at x0 = 10 has a mean x0 near 10.
        int c = blobToCluster.get(1);
        assertThat(result.profiles().get(c).get("x0")).isBetween(9.7, 10.3);

        var loaded = registry.load(ModelRef.parse("segments"));
        assertThat(loaded.assign(data)).containsExactly(result.assignments());
        assertThat(loaded.metadata().kind()).isEqualTo("clustering");
    }

    @Test
    void sameSeedSameClusters() {
        RawTable data = blobs(5);
        ClusterRequest request = new ClusterRequest(new DataSource.File(Path.of("x.csv")), 3, 2, 8, 9,
                List.of("truth", "label", "signal"), null);
        ClusterResult a = service(null).cluster(request, data, JobContext.silent());
        ClusterResult b = service(null).cluster(request, data, JobContext.silent());
        assertThat(a.k()).isEqualTo(3);
        assertThat(a.assignments()).containsExactly(b.assignments());
    }

    @Test
    void perClusterModelsBeatTheGlobalOneWhenGroupsBehaveDifferently() {
        RawTable data = blobs(7);
        ClusterResult clusters = service(null).cluster(new ClusterRequest(new DataSource.File(Path.of("x.csv")), null, 2, 6,
                1, List.of("truth", "label", "signal"), null), data, JobContext.silent());
        TrainRequest request = TrainRequest.of(new DataSource.File(Path.of("x.csv")), "label", "1")
                .withAlgorithm(Algorithm.LOGISTIC).withDrop(List.of("truth")).withTestFraction(0.3);
        var result = new PerClusterComparison(new ClassifierTrainer(), new PreprocessorFitter())
                .compare(request, data, clusters.assignments(), clusters.k(), JobContext.silent());
        System.out.println("per-cluster vs global: " + result.difference() + " global AUC " + result.global().auc()
                + " per-cluster AUC " + result.perCluster().auc());
        assertThat(result.clusters()).hasSize(4).noneMatch(PerClusterComparison.ClusterRow::usedGlobalFallback);
        assertThat(result.perCluster().auc()).isGreaterThan(0.75);
        assertThat(result.difference().significant()).isTrue();
        assertThat(result.difference().interval().lower()).isGreaterThan(0);
    }
}
