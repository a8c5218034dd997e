package dev.playlens.ml.eval;

import java.util.ArrayList;
import java.util.List;

/** ROC, precision-recall and calibration curves as point lists, ready to plot. */
public record Curves(List<Point> roc, List<Point> precisionRecall, List<CalibrationBin> calibration) {

    public record Point(double x, double y, double threshold) {
    }

    /** One calibration bin: mean predicted probability vs the observed positive rate, and the bin's size. */
    public record CalibrationBin(double meanPredicted, double observedRate, int count) {
    }

    public static Curves compute(int[] y, double[] p, int calibrationBins) {
        Integer[] order = Auc.byScoreDescending(p);
        long totalPos = 0;
        for (int v : y) totalPos += v;
        long totalNeg = y.length - totalPos;
        List<Point> roc = new ArrayList<>(), pr = new ArrayList<>();
        roc.add(new Point(0, 0, Double.POSITIVE_INFINITY));
        long tp = 0, fp = 0;
        for (int i = 0; i < order.length; ) {
            int j = i;
            while (j < order.length && p[order[j]] == p[order[i]]) {
                if (y[order[j]] == 1) tp++; else fp++;
                j++;
            }
            double t = p[order[i]];
            roc.add(new Point(totalNeg == 0 ? 0 : (double) fp / totalNeg, totalPos == 0 ? 0 : (double) tp / totalPos, t));
            pr.add(new Point(totalPos == 0 ? 0 : (double) tp / totalPos, (double) tp / (tp + fp), t));
            i = j;
        }
        return new Curves(roc, pr, calibration(y, p, calibrationBins));
    }

    private static List<CalibrationBin> calibration(int[] y, double[] p, int bins) {
        double[] sumP = new double[bins], sumY = new double[bins];
        int[] count = new int[bins];
        for (int i = 0; i < y.length; i++) {
            int b = Math.min(bins - 1, (int) (p[i] * bins));
            sumP[b] += p[i];
            sumY[b] += y[i];
            count[b]++;
        }
        List<CalibrationBin> out = new ArrayList<>();
        for (int b = 0; b < bins; b++) {
            if (count[b] > 0) out.add(new CalibrationBin(sumP[b] / count[b], sumY[b] / count[b], count[b]));
        }
        return out;
    }
}
