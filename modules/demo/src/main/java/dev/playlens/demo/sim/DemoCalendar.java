package dev.playlens.demo.sim;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.SplittableRandom;

/**
 * Time in the demo world (UTC): the install curve (launch spike, weekends, a store feature), the daily
 * rhythm of play, and the 1.1 release at the middle of the window.
 */
public final class DemoCalendar {
    public static final long DAY_MS = 86_400_000L;
    /** Relative play/install activity per UTC hour: quiet at night in Europe and the Americas, peak evening. */
    private static final double[] HOUR_WEIGHTS = {3.0, 2.4, 1.9, 1.5, 1.3, 1.3, 1.7, 2.4, 3.0, 3.4, 3.7, 3.9,
            4.2, 4.4, 4.6, 4.8, 5.1, 5.5, 6.0, 6.4, 6.5, 6.0, 5.0, 3.9};

    private final LocalDate startDate;
    private final long startMs;
    private final int days;
    private final int releaseDay;
    private final double[] installCdf;
    private final double[] hourCdf;

    public DemoCalendar(LocalDate startDate, int days) {
        this.startDate = startDate;
        this.startMs = startDate.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        this.days = days;
        this.releaseDay = days / 2;
        this.installCdf = cdf(installWeights());
        this.hourCdf = cdf(HOUR_WEIGHTS);
    }

    public int days() {
        return days;
    }

    /** The first day on which version 1.1 can be installed. */
    public int releaseDay() {
        return releaseDay;
    }

    public long dayStart(int day) {
        return startMs + day * DAY_MS;
    }

    public LocalDate date(int day) {
        return startDate.plusDays(day);
    }

    public boolean weekend(int day) {
        DayOfWeek d = date(day).getDayOfWeek();
        return d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY;
    }

    int drawInstallDay(SplittableRandom rnd) {
        return draw(installCdf, rnd.nextDouble());
    }

    /** A time of day in ms, following the daily rhythm. */
    long drawTimeOfDay(SplittableRandom rnd) {
        int hour = draw(hourCdf, rnd.nextDouble());
        return hour * 3_600_000L + (long) (rnd.nextDouble() * 3_600_000L);
    }

    /** Launch spike decaying over the first week, +20 % at weekends, a store feature at 60 % of the window. */
    private double[] installWeights() {
        double[] w = new double[days];
        int feature = (int) Math.round(days * 0.6);
        for (int d = 0; d < days; d++) {
            double launch = 1 + 1.6 * Math.exp(-d / 3.0);
            double weekly = weekend(d) ? 1.2 : 1.0;
            double featured = d >= feature && d < feature + 3 ? 1.7 : 1.0;
            w[d] = launch * weekly * featured;
        }
        return w;
    }

    private static double[] cdf(double[] w) {
        double[] c = new double[w.length];
        double sum = 0;
        for (int i = 0; i < w.length; i++) {
            sum += w[i];
            c[i] = sum;
        }
        for (int i = 0; i < c.length; i++) c[i] /= sum;
        return c;
    }

    private static int draw(double[] cdf, double u) {
        int lo = 0;
        int hi = cdf.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (u < cdf[mid]) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }
}
