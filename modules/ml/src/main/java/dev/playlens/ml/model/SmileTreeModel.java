package dev.playlens.ml.model;

import smile.classification.DataFrameClassifier;
import smile.data.Tuple;
import smile.data.type.StructType;

/** A Smile tree ensemble (the random forest) behind {@link ProbabilityModel}. */
final class SmileTreeModel implements ProbabilityModel {
    private static final long serialVersionUID = 1L;
    private final DataFrameClassifier model;
    private final StructType featureSchema;
    private final double[] importance;

    SmileTreeModel(DataFrameClassifier model, StructType featureSchema, double[] importance) {
        this.model = model;
        this.featureSchema = featureSchema;
        this.importance = importance;
    }

    @Override
    public double probability(double[] x) {
        double[] posterior = new double[2];
        model.predict(Tuple.of(featureSchema, x), posterior);
        return posterior[1];
    }

    @Override
    public double[] importance() {
        return importance.clone();
    }
}
