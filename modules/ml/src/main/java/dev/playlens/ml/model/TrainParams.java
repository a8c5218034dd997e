package dev.playlens.ml.model;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Hyper-parameters. Trees: {@code trees} boosting rounds / forest size, {@code maxNodes} leaves per tree,
 * {@code maxDepth} (0 = unlimited for GBT), {@code nodeSize} minimum rows per leaf, {@code shrinkage} learning
 * rate, {@code subsample} row fraction per tree. Logistic: {@code lambda} L2 penalty on standardised features.
 * GBT runs on XGBoost; how each field maps onto its booster parameters is documented on {@link XgboostGbt}
 * (and recorded in the model's parameters as {@code engine} and {@code minChildWeight}).
 */
public record TrainParams(int trees, int maxDepth, int maxNodes, int nodeSize, double shrinkage, double subsample,
                          double lambda) {

    /** Defaults chosen on the Telco churn set (see the module's tests); the seed's boosted tree used 100 trees. */
    public static TrainParams defaults(Algorithm algorithm) {
        return switch (algorithm) {
            case GBT -> new TrainParams(300, 6, 8, 20, 0.05, 0.8, 0);
            case RANDOM_FOREST -> new TrainParams(300, 20, 2000, 5, 0, 1.0, 0);
            case LOGISTIC -> new TrainParams(0, 0, 0, 0, 0, 1.0, 0.1);
        };
    }

    public TrainParams withTrees(int n) {
        if (n <= 0) throw new IllegalArgumentException("--trees must be > 0, got " + n);
        return new TrainParams(n, maxDepth, maxNodes, nodeSize, shrinkage, subsample, lambda);
    }

    public Map<String, Object> asMap(Algorithm algorithm) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (algorithm == Algorithm.LOGISTIC) {
            m.put("lambda", lambda);
            return m;
        }
        m.put("trees", trees);
        m.put("maxDepth", maxDepth);
        m.put("maxNodes", maxNodes);
        m.put("nodeSize", nodeSize);
        if (algorithm == Algorithm.GBT) m.put("shrinkage", shrinkage);
        m.put("subsample", subsample);
        if (algorithm == Algorithm.GBT) {
            m.put("engine", "xgboost hist, lossguide");
            m.put("minChildWeight", XgboostGbt.minChildWeight(nodeSize));
        }
        return m;
    }
}
