import dev.playlens.core.job.JobContext;
import dev.playlens.ml.data.RawColumn;
import dev.playlens.ml.data.RawTable;
import dev.playlens.ml.data.TableReader;
import dev.playlens.ml.prep.DataReport;
import dev.playlens.ml.prep.Preprocessor;
import dev.playlens.ml.prep.PreprocessorFitter;

import java.nio.file.Path;
import java.util.List;

/** The benchmark split as the Java trainers see it: encoded with Playlens' own preprocessing (fitted on train). */
record BenchData(double[][] xTrain, int[] yTrain, double[][] xTest, int[] yTest) {
    static final String LABEL = "churned";

    static BenchData read(Path dir) throws Exception {
        TableReader reader = new TableReader();
        RawTable train = reader.readFile(dir.resolve("train.csv"), JobContext.silent());
        RawTable test = reader.readFile(dir.resolve("test.csv"), JobContext.silent());
        Preprocessor prep = new PreprocessorFitter().fit(train, List.of(LABEL), new DataReport());
        return new BenchData(prep.transform(train), labels(train), prep.transform(test), labels(test));
    }

    private static int[] labels(RawTable t) {
        double[] v = ((RawColumn.Numeric) t.column(LABEL)).values();
        int[] y = new int[v.length];
        for (int i = 0; i < v.length; i++) y[i] = (int) v[i];
        return y;
    }
}
