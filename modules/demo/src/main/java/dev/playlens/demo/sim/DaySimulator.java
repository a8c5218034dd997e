package dev.playlens.demo.sim;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Plays one player's day: whether they show up, their sessions, and what happens in each session
 * (level attempts, deaths, completions, purchases). Afterwards the player may quit for good; a bad day
 * (many deaths) and being stuck raise that chance, a purchase lowers it, so behaviour predicts churn.
 */
public final class DaySimulator {
    private static final long MINUTE = 60_000L;

    private final GameWorld world;
    private final SessionSimulator sessions;

    public DaySimulator(GameWorld world) {
        this.world = world;
        this.sessions = new SessionSimulator(world);
    }

    public void simulate(PlayerState p, int day, EventSink sink) {
        if (day < p.installDay || !p.alive) return;
        SplittableRandom rnd = p.rnd;
        DemoCalendar cal = world.calendar();
        boolean installDay = day == p.installDay;
        p.attemptsToday = 0;
        p.deathsToday = 0;
        boolean active = installDay || rnd.nextDouble() < Math.min(0.97, p.activity * (cal.weekend(day) ? 1.15 : 1));
        if (active) {
            long[] starts = sessionStarts(p, day, installDay, rnd);
            long free = Long.MIN_VALUE;
            long dayEnd = cal.dayStart(day) + DemoCalendar.DAY_MS;
            for (long start : starts) {
                long at = Math.max(start, free);
                if (at >= dayEnd) break; // no time left today; sessions never start on the next day
                free = sessions.play(p, at, p.versionOn(day), sink) + 10 * MINUTE;
            }
            p.activeDays++;
            p.lastActiveDay = day;
        }
        maybeQuit(p, active, rnd);
    }

    private long[] sessionStarts(PlayerState p, int day, boolean installDay, SplittableRandom rnd) {
        DemoCalendar cal = world.calendar();
        int n = 1 + poisson(p.extraSessions * (installDay ? 0.6 : 1), rnd);
        long[] starts = new long[n];
        long dayStart = cal.dayStart(day);
        for (int i = 0; i < n; i++) {
            long t = dayStart + cal.drawTimeOfDay(rnd);
            if (installDay) {
                // the first session is the install itself; later ones fall in the rest of the day
                t = i == 0 ? p.installMs
                        : p.installMs + (long) (rnd.nextDouble() * (dayStart + DemoCalendar.DAY_MS - p.installMs));
            }
            starts[i] = t;
        }
        Arrays.sort(starts);
        return starts;
    }

    private void maybeQuit(PlayerState p, boolean active, SplittableRandom rnd) {
        double h = p.churnHazard;
        if (active && p.attemptsToday > 0) {
            double deathRate = p.deathsToday / (double) p.attemptsToday;
            h *= 1 + 1.8 * Math.max(0, deathRate - 0.45);
        }
        if (p.purchases > 0) h *= 0.6;
        if (p.unlocked < world.levelCount() - 1 && p.attempts[p.unlocked] > 12) h *= 1.3;
        if (rnd.nextDouble() < Math.min(0.97, h)) p.alive = false;
    }

    private static int poisson(double mean, SplittableRandom rnd) {
        double l = Math.exp(-mean);
        int k = 0;
        double prod = rnd.nextDouble();
        while (prod > l && k < 12) {
            k++;
            prod *= rnd.nextDouble();
        }
        return k;
    }
}
