package dev.playlens.ml.train;

import dev.playlens.ml.data.DataSource;
import dev.playlens.ml.model.Algorithm;
import dev.playlens.ml.model.TrainParams;

import java.util.List;
import java.util.Objects;

/**
 * One training run, field for field the {@code playlens train} options: DATA, {@code --label}, {@code --positive},
 * {@code --algorithm}, {@code --trees}, {@code --seed}, {@code --test-fraction}, {@code --drop}, {@code --name}.
 * {@code cvFolds} 0 skips cross-validation; {@code name} null skips the registry.
 */
public record TrainRequest(DataSource data, String label, String positive, Algorithm algorithm, TrainParams params,
                           long seed, double testFraction, List<String> drop, String name, double threshold,
                           int cvFolds, int bootstrapResamples) {

    public static final long DEFAULT_SEED = 42;

    public TrainRequest {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(algorithm, "algorithm");
        params = params == null ? TrainParams.defaults(algorithm) : params;
        drop = drop == null ? List.of() : List.copyOf(drop);
        if (!(threshold > 0 && threshold < 1)) throw new IllegalArgumentException("threshold must be in (0,1)");
    }

    /** The CLI defaults: GBT, seed 42, 20% test, threshold 0.5, no CV, 1000 bootstrap resamples. */
    public static TrainRequest of(DataSource data, String label, String positive) {
        return new TrainRequest(data, label, positive, Algorithm.GBT, null, DEFAULT_SEED, 0.2, List.of(), null, 0.5, 0, 1000);
    }

    public TrainRequest withAlgorithm(Algorithm a) {
        return new TrainRequest(data, label, positive, a, params.equals(TrainParams.defaults(algorithm)) ? null : params,
                seed, testFraction, drop, name, threshold, cvFolds, bootstrapResamples);
    }

    public TrainRequest withParams(TrainParams p) {
        return new TrainRequest(data, label, positive, algorithm, p, seed, testFraction, drop, name, threshold, cvFolds,
                bootstrapResamples);
    }

    public TrainRequest withSeed(long s) {
        return new TrainRequest(data, label, positive, algorithm, params, s, testFraction, drop, name, threshold, cvFolds,
                bootstrapResamples);
    }

    public TrainRequest withDrop(List<String> columns) {
        return new TrainRequest(data, label, positive, algorithm, params, seed, testFraction, columns, name, threshold,
                cvFolds, bootstrapResamples);
    }

    public TrainRequest withName(String n) {
        return new TrainRequest(data, label, positive, algorithm, params, seed, testFraction, drop, n, threshold, cvFolds,
                bootstrapResamples);
    }

    public TrainRequest withCrossValidation(int folds) {
        return new TrainRequest(data, label, positive, algorithm, params, seed, testFraction, drop, name, threshold, folds,
                bootstrapResamples);
    }

    public TrainRequest withTestFraction(double f) {
        return new TrainRequest(data, label, positive, algorithm, params, seed, f, drop, name, threshold, cvFolds,
                bootstrapResamples);
    }
}
