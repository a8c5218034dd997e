import dev.playlens.ml.eval.Auc;
import smile.classification.GradientTreeBoost;
import smile.data.DataFrame;
import smile.data.Tuple;
import smile.data.formula.Formula;
import smile.data.vector.IntVector;
import smile.math.MathEx;

import java.nio.file.Path;

/**
 * Smile's GradientTreeBoost (Playlens' GBT engine before XGBoost) on the benchmark split, same budget as the
 * others: TREES rounds, LEAVES leaves, no practical depth limit, 20 rows per leaf, learning rate LR, no subsampling.
 * Prints one TSV line: name, training seconds, test AUC. Usage: SmileGbtBench DATA_DIR TREES LEAVES LR
 */
public class SmileGbtBench {
    public static void main(String[] args) throws Exception {
        BenchData data = BenchData.read(Path.of(args[0]));
        int trees = Integer.parseInt(args[1]), leaves = Integer.parseInt(args[2]);
        double lr = Double.parseDouble(args[3]);
        int d = data.xTrain()[0].length;
        String[] names = new String[d];
        for (int j = 0; j < d; j++) names[j] = "f" + j;
        long t0 = System.nanoTime();
        DataFrame df = DataFrame.of(data.xTrain(), names).merge(new DataFrame(new IntVector("y", data.yTrain())));
        MathEx.setSeed(1);
        GradientTreeBoost model = GradientTreeBoost.fit(Formula.lhs("y"), df,
                new GradientTreeBoost.Options(trees, 64, leaves, 20, lr, 1.0, null, null));
        double seconds = (System.nanoTime() - t0) / 1e9;
        var schema = DataFrame.of(new double[][]{new double[d]}, names).schema();
        double[] p = new double[data.yTest().length], posterior = new double[2];
        for (int i = 0; i < p.length; i++) {
            model.predict(Tuple.of(schema, data.xTest()[i]), posterior);
            p[i] = posterior[1];
        }
        System.out.printf("smile-gbt 6.2.5\t%.2f\t%.4f%n", seconds, Auc.roc(data.yTest(), p));
    }
}
