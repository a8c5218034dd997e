package dev.playlens.ml.model;

import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;

import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serial;
import java.lang.ref.Cleaner;

/**
 * An XGBoost booster behind {@link ProbabilityModel}. What gets serialised is XGBoost's own model format
 * (UBJSON bytes from {@link Booster#toByteArray(String)}), never the Java object: the bytes are stable across
 * XGBoost versions and the registry's deserialisation filter only has to admit a {@code byte[]}. The native
 * booster is rebuilt from those bytes on construction and on deserialisation, so the model that was evaluated
 * after training and the model read back from the registry are the same bytes and score identically.
 */
final class XgboostTreeModel implements ProbabilityModel {
    @Serial
    private static final long serialVersionUID = 1L;
    static final String FORMAT = "ubj";
    private static final Cleaner NATIVE_MEMORY = Cleaner.create();

    private final byte[] modelBytes;
    private final int features;
    private final double[] importance;
    /** The native booster; freed by the cleaner once this model is unreachable. */
    private transient Booster booster;

    XgboostTreeModel(byte[] modelBytes, int features, double[] importance) {
        this.modelBytes = modelBytes.clone();
        this.features = features;
        this.importance = importance.clone();
        this.booster = load(modelBytes);
        NATIVE_MEMORY.register(this, booster::dispose);
    }

    @Override
    public double probability(double[] x) {
        return probabilities(new double[][]{x})[0];
    }

    /** One native call for the whole batch; rows are converted to float32, as in training. */
    @Override
    public synchronized double[] probabilities(double[][] x) {
        if (x.length == 0) return new double[0];
        float[][] predicted;
        try {
            predicted = booster.inplace_predict(XgboostGbt.flatten(x, features), x.length, features, Float.NaN);
        } catch (XGBoostError e) {
            throw new IllegalStateException("XGBoost prediction failed: " + e.getMessage(), e);
        }
        double[] p = new double[x.length];
        for (int i = 0; i < p.length; i++) p[i] = predicted[i][0];
        return p;
    }

    /** Total gain per feature: the loss reduction summed over every split on it. */
    @Override
    public double[] importance() {
        return importance.clone();
    }

    /** XGBoost's own serialised model (UBJSON), e.g. to hand to another XGBoost runtime. */
    byte[] modelBytes() {
        return modelBytes.clone();
    }

    private static Booster load(byte[] bytes) {
        try {
            return XGBoost.loadModel(bytes);
        } catch (XGBoostError | IOException e) {
            throw new IllegalStateException("cannot load the XGBoost model (" + bytes.length + " bytes): "
                    + e.getMessage(), e);
        }
    }

    @Serial
    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        if (modelBytes == null || importance == null || importance.length != features) {
            throw new InvalidObjectException("XGBoost model artifact is incomplete");
        }
        try {
            booster = load(modelBytes);
        } catch (IllegalStateException e) {
            throw (InvalidObjectException) new InvalidObjectException(e.getMessage()).initCause(e);
        }
        NATIVE_MEMORY.register(this, booster::dispose);
    }
}
