import dev.playlens.ml.eval.Auc;
import dev.playlens.ml.model.Algorithm;
import dev.playlens.ml.model.ClassifierTrainer;
import dev.playlens.ml.model.ProbabilityModel;
import dev.playlens.ml.model.TrainParams;

import java.nio.file.Path;

/**
 * Playlens' default trainer (Algorithm.GBT through ClassifierTrainer, i.e. XGBoost4J hist) on the benchmark split,
 * with the peers' budget: TREES rounds, LEAVES leaves, no depth limit, 20 rows per leaf, learning rate LR, no
 * subsampling, all cores. The time includes building XGBoost's matrix from the encoded rows.
 * Prints one TSV line: name, training seconds, test AUC. Usage: PlaylensGbtBench DATA_DIR TREES LEAVES LR
 */
public class PlaylensGbtBench {
    public static void main(String[] args) throws Exception {
        BenchData data = BenchData.read(Path.of(args[0]));
        TrainParams params = new TrainParams(Integer.parseInt(args[1]), 0, Integer.parseInt(args[2]), 20,
                Double.parseDouble(args[3]), 1.0, 0);
        long t0 = System.nanoTime();
        ProbabilityModel model = new ClassifierTrainer().fit(Algorithm.GBT, data.xTrain(), data.yTrain(), params, 1);
        double seconds = (System.nanoTime() - t0) / 1e9;
        double auc = Auc.roc(data.yTest(), model.probabilities(data.xTest()));
        System.out.printf("playlens-gbt (xgboost4j %s)\t%.2f\t%.4f%n",
                dev.playlens.ml.registry.Libraries.versions().get("xgboost4j"), seconds, auc);
    }
}
