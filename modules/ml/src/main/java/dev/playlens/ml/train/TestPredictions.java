package dev.playlens.ml.train;

/** A model's scores on the held-out rows ({@code rows} index the loaded table), kept for paired comparisons. */
public record TestPredictions(int[] rows, int[] labels, double[] probabilities) {
}
