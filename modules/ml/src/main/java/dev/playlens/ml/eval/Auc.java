package dev.playlens.ml.eval;

import java.util.Arrays;
import java.util.Comparator;

/** ROC AUC as the Mann-Whitney statistic: the chance a random positive scores above a random negative (ties = 1/2). */
public final class Auc {
    private Auc() {
    }

    public static double roc(int[] y, double[] p) {
        int n = y.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) order[i] = i;
        Arrays.sort(order, Comparator.comparingDouble(i -> p[i]));
        double rankSumPos = 0;
        long pos = 0;
        for (int i = 0; i < n; ) {
            int j = i;
            while (j + 1 < n && p[order[j + 1]] == p[order[i]]) j++;
            double midRank = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                if (y[order[k]] == 1) {
                    rankSumPos += midRank;
                    pos++;
                }
            }
            i = j + 1;
        }
        long neg = n - pos;
        if (pos == 0 || neg == 0) return Double.NaN;
        return (rankSumPos - pos * (pos + 1) / 2.0) / ((double) pos * neg);
    }

    /** Area under the precision-recall curve as average precision (step-wise, no interpolation). */
    public static double pr(int[] y, double[] p) {
        Integer[] order = byScoreDescending(p);
        long totalPos = Arrays.stream(y).filter(v -> v == 1).count();
        if (totalPos == 0) return Double.NaN;
        double ap = 0;
        long tp = 0, seen = 0;
        for (int i = 0; i < order.length; ) {
            int j = i;
            long tpGroup = 0;
            while (j < order.length && p[order[j]] == p[order[i]]) tpGroup += y[order[j++]];
            tp += tpGroup;
            seen += j - i;
            ap += (double) tpGroup / totalPos * ((double) tp / seen);
            i = j;
        }
        return ap;
    }

    static Integer[] byScoreDescending(double[] p) {
        Integer[] order = new Integer[p.length];
        for (int i = 0; i < p.length; i++) order[i] = i;
        Arrays.sort(order, (a, b) -> Double.compare(p[b], p[a]));
        return order;
    }
}
