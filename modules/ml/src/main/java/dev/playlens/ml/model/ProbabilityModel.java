package dev.playlens.ml.model;

import java.io.Serializable;

/** A fitted binary classifier over encoded features: P(positive | x) and a per-feature importance. */
public interface ProbabilityModel extends Serializable {

    double probability(double[] x);

    default double[] probabilities(double[][] x) {
        double[] p = new double[x.length];
        for (int i = 0; i < x.length; i++) p[i] = probability(x[i]);
        return p;
    }

    /** Importance per encoded feature (same order as the features); scale depends on the algorithm. */
    double[] importance();
}
