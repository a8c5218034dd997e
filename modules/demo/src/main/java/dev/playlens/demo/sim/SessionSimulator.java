package dev.playlens.demo.sim;

import dev.playlens.demo.level.Calibration;
import dev.playlens.demo.level.LevelDesign;

import java.util.SplittableRandom;

/** Plays one session: a run of level attempts until time is up or the player rage-quits. */
final class SessionSimulator {
    private final GameWorld world;
    private final double[] pixel = new double[2];

    SessionSimulator(GameWorld world) {
        this.world = world;
    }

    /** Plays a session starting at {@code start}; returns when it ended. */
    long play(PlayerState p, long start, String version, EventSink sink) {
        SplittableRandom rnd = p.rnd;
        String sessionId = PlayerState.uuid(rnd).toString();
        double minutes = Math.clamp(p.sessionMinutes * Math.exp(rnd.nextGaussian() * 0.55), 0.7, 150);
        long end = start + (long) (minutes * 60_000);
        p.sessions++;
        sink.sessionStart(p, start, version, sessionId, p.platform);
        long t = start + seconds(rnd, 4, 20);
        if (rnd.nextDouble() < p.purchaseRate * 0.5) {
            t = buy(p, t, version, sessionId, null, Sku.shop(p, rnd), sink) + seconds(rnd, 10, 60);
        }
        int losses = 0;
        while (true) {
            int level = chooseLevel(p, rnd);
            double duration = world.attemptSeconds(level) * Math.exp(rnd.nextGaussian() * 0.45 - 0.12 * p.skill);
            if (t + (long) (duration * 1000) > end) {
                t = end; // out of time: the player closes the game mid-level, no outcome is sent
                break;
            }
            LevelDesign design = world.design(level, version);
            String levelId = design.id();
            Calibration cal = world.calibration(level);
            sink.levelStart(p, t, version, sessionId, levelId, jitter(cal, true, design.spawn().getX(), rnd),
                    jitter(cal, false, design.spawn().getY(), rnd));
            p.attempts[level]++;
            p.attemptsToday++;
            double logit = p.skill + 0.3 * Math.log1p(p.attempts[level]) - design.difficulty();
            if (rnd.nextDouble() < 1 / (1 + Math.exp(-logit))) {
                t += (long) (duration * 1000);
                sink.levelComplete(p, t, version, sessionId, levelId, jitter(cal, true, design.goal().getX(), rnd),
                        jitter(cal, false, design.goal().getY(), rnd), Math.round(duration));
                if (level == p.unlocked && p.unlocked < world.levelCount() - 1) p.unlocked++;
                losses = 0;
                t += seconds(rnd, 5, 25);
            } else {
                t += (long) (duration * 1000 * (0.2 + 0.8 * rnd.nextDouble()));
                world.sampler(level, version).sample(rnd, pixel);
                sink.death(p, t, version, sessionId, levelId, round(cal.worldX(pixel[0])), round(cal.worldY(pixel[1])));
                p.deaths++;
                p.deathsToday++;
                losses++;
                t += seconds(rnd, 3, 12);
                if (revives(p, losses, rnd)) {
                    t = buy(p, t, version, sessionId, levelId, Sku.REVIVE_TOKEN, sink) + seconds(rnd, 2, 6);
                }
                if (losses >= 3 && rnd.nextDouble() < 0.22) break; // rage quit
            }
            p.skill += 0.002; // practice
        }
        long ended = Math.max(t, start + 30_000) + seconds(rnd, 1, 8);
        sink.sessionEnd(p, ended, version, sessionId, Math.round((ended - start) / 1000.0));
        return ended;
    }

    /** Mostly the newest unlocked level, sometimes an earlier one again. */
    private static int chooseLevel(PlayerState p, SplittableRandom rnd) {
        if (p.unlocked == 0 || rnd.nextDouble() < 0.72) return p.unlocked;
        return rnd.nextInt(p.unlocked);
    }

    /** Willing payers sometimes buy a revive after losing; rarely anyone else does (an impulse buy). */
    private static boolean revives(PlayerState p, int losses, SplittableRandom rnd) {
        double chance = p.willingPayer ? p.purchaseRate * 0.12 * losses : 0.00015 * losses;
        return rnd.nextDouble() < chance;
    }

    private static long buy(PlayerState p, long t, String version, String sessionId, String level, Sku sku,
                            EventSink sink) {
        sink.purchase(p, t, version, sessionId, level, sku.id, sku.usd());
        p.purchases++;
        p.revenueCents += sku.cents;
        if (sku == Sku.STARTER_PACK) p.starterBought = true;
        if (sku == Sku.SEASON_PASS) p.passBought = true;
        return t;
    }

    private static double jitter(Calibration cal, boolean x, double px, SplittableRandom rnd) {
        double p = px + rnd.nextGaussian() * 5;
        return round(x ? cal.worldX(p) : cal.worldY(p));
    }

    /** Three decimals, as games usually send, and never a negative zero. */
    static double round(double v) {
        return Math.round(v * 1000) / 1000.0 + 0.0;
    }

    private static long seconds(SplittableRandom rnd, int min, int max) {
        return (long) ((min + rnd.nextDouble() * (max - min)) * 1000);
    }
}
