package dev.playlens.ml.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/** Seeded stratified splits: each class is shuffled and cut separately, so both parts keep the class ratio. */
public final class StratifiedSplit {

    /** Row indices of the two parts of a train/test split. */
    public record TrainTest(int[] train, int[] test) {
    }

    private StratifiedSplit() {
    }

    public static TrainTest trainTest(int[] y, double testFraction, long seed) {
        if (!(testFraction > 0 && testFraction < 1)) {
            throw new IllegalArgumentException("--test-fraction must be between 0 and 1, got " + testFraction);
        }
        Random random = new Random(seed);
        List<Integer> train = new ArrayList<>(), test = new ArrayList<>();
        for (int cls = 0; cls <= 1; cls++) {
            int[] rows = shuffledRowsOf(y, cls, random);
            int nTest = (int) Math.round(rows.length * testFraction);
            for (int i = 0; i < rows.length; i++) (i < nTest ? test : train).add(rows[i]);
        }
        return new TrainTest(sorted(train), sorted(test));
    }

    /** k folds; fold f's test rows are returned as {@code folds.get(f).test()}. */
    public static List<TrainTest> kFold(int[] y, int k, long seed) {
        if (k < 2) throw new IllegalArgumentException("cross-validation needs k >= 2, got " + k);
        Random random = new Random(seed);
        int[] fold = new int[y.length];
        for (int cls = 0; cls <= 1; cls++) {
            int[] rows = shuffledRowsOf(y, cls, random);
            for (int i = 0; i < rows.length; i++) fold[rows[i]] = i % k;
        }
        List<TrainTest> out = new ArrayList<>();
        for (int f = 0; f < k; f++) {
            List<Integer> train = new ArrayList<>(), test = new ArrayList<>();
            for (int i = 0; i < y.length; i++) (fold[i] == f ? test : train).add(i);
            out.add(new TrainTest(sorted(train), sorted(test)));
        }
        return out;
    }

    private static int[] shuffledRowsOf(int[] y, int cls, Random random) {
        int[] rows = java.util.stream.IntStream.range(0, y.length).filter(i -> y[i] == cls).toArray();
        for (int i = rows.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = rows[i];
            rows[i] = rows[j];
            rows[j] = t;
        }
        return rows;
    }

    private static int[] sorted(List<Integer> rows) {
        int[] out = rows.stream().mapToInt(Integer::intValue).toArray();
        Arrays.sort(out);
        return out;
    }
}
