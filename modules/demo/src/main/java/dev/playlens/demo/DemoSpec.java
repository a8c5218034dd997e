package dev.playlens.demo;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What to generate: how many players install the demo game over {@code days} days starting at
 * {@code startDate} (UTC), and the seed that makes the output reproducible byte for byte.
 */
public record DemoSpec(int players, int days, long seed, LocalDate startDate) {

    public DemoSpec {
        if (players < 1) throw new IllegalArgumentException("players must be at least 1, was " + players);
        if (days < 1 || days > 3660) throw new IllegalArgumentException("days must be in 1..3660, was " + days);
        Objects.requireNonNull(startDate, "startDate");
    }

    /** 20,000 players over 30 days from 2026-09-01, seed 7: the demo workspace. */
    public static DemoSpec defaults() {
        return new DemoSpec(20_000, 30, 7L, LocalDate.of(2026, 9, 1));
    }

    public DemoSpec withPlayers(int n) {
        return new DemoSpec(n, days, seed, startDate);
    }

    public DemoSpec withDays(int d) {
        return new DemoSpec(players, d, seed, startDate);
    }

    public DemoSpec withSeed(long s) {
        return new DemoSpec(players, days, s, startDate);
    }
}
