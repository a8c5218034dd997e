package dev.playlens.demo.sim;

import java.util.SplittableRandom;
import java.util.UUID;

/**
 * One player: the hidden profile drawn at creation and the state carried from day to day. Each player
 * owns a random stream seeded from (seed, index), and only one thread touches a player at a time, so
 * the output does not depend on how work is spread over threads.
 */
public final class PlayerState {
    final int index;
    /** The client id as a UUID's two halves: a String per player would cost 80 bytes more. */
    final long clientHigh;
    final long clientLow;
    final SplittableRandom rnd;
    final Archetype archetype;
    final String platform;
    final int installDay;
    final long installMs;
    final double activity;
    final double churnHazard;
    final double extraSessions;
    final double sessionMinutes;
    final boolean willingPayer;
    final double purchaseRate;
    /** First day on 1.1; {@code Integer.MAX_VALUE} for the few who never update. */
    final int upgradeDay;
    double skill;

    final int[] attempts;
    int unlocked;
    boolean alive = true;
    boolean starterBought;
    boolean passBought;
    int attemptsToday;
    int deathsToday;

    int activeDays;
    int lastActiveDay = -1;
    int sessions;
    int deaths;
    int purchases;
    long revenueCents;

    PlayerState(int index, long seed, DemoCalendar calendar, int levels) {
        this.index = index;
        this.rnd = new SplittableRandom(mix(seed, index));
        this.clientHigh = uuidHigh(rnd.nextLong());
        this.clientLow = uuidLow(rnd.nextLong());
        this.archetype = Archetype.draw(rnd.nextDouble());
        Archetype a = archetype;
        this.platform = rnd.nextDouble() < a.iosShare ? "ios" : "android";
        this.installDay = calendar.drawInstallDay(rnd);
        this.installMs = calendar.dayStart(installDay) + calendar.drawTimeOfDay(rnd);
        this.activity = Math.min(0.97, a.activeProbability * logNormal(0.35));
        this.churnHazard = Math.min(0.95, a.dailyChurn * logNormal(0.6));
        this.extraSessions = a.extraSessions * logNormal(0.4);
        this.sessionMinutes = a.sessionMinutes * logNormal(0.3);
        this.skill = a.skill + rnd.nextGaussian() * 0.7;
        this.willingPayer = rnd.nextDouble() < a.payerShare;
        this.purchaseRate = willingPayer ? Math.min(0.9, a.purchasePerSession * logNormal(0.5)) : 0;
        int release = calendar.releaseDay();
        if (installDay >= release) this.upgradeDay = installDay;
        else if (rnd.nextDouble() < 0.05) this.upgradeDay = Integer.MAX_VALUE;
        else this.upgradeDay = release + (int) Math.floor(-Math.log(1 - rnd.nextDouble()) * 1.8);
        this.attempts = new int[levels];
    }

    /** The player with this index in a generation seeded with {@code seed}. */
    public static PlayerState create(int index, long seed, DemoCalendar calendar, int levels) {
        return new PlayerState(index, seed, calendar, levels);
    }

    public int index() {
        return index;
    }

    public String clientId() {
        return new UUID(clientHigh, clientLow).toString();
    }

    public long clientIdHigh() {
        return clientHigh;
    }

    public long clientIdLow() {
        return clientLow;
    }

    public Archetype archetype() {
        return archetype;
    }

    public String platform() {
        return platform;
    }

    public int installDay() {
        return installDay;
    }

    public int lastActiveDay() {
        return lastActiveDay;
    }

    public int activeDays() {
        return activeDays;
    }

    public int sessions() {
        return sessions;
    }

    public int deaths() {
        return deaths;
    }

    public int purchases() {
        return purchases;
    }

    public long revenueCents() {
        return revenueCents;
    }

    /** The player's own random stream: event ids, delivery delays and faults also come from it. */
    public SplittableRandom random() {
        return rnd;
    }

    String versionOn(int day) {
        return day >= upgradeDay ? "1.1" : "1.0";
    }

    private double logNormal(double sigma) {
        return Math.exp(rnd.nextGaussian() * sigma);
    }

    /** A random (version 4) UUID from a seeded stream. */
    public static UUID uuid(SplittableRandom rnd) {
        long msb = uuidHigh(rnd.nextLong());
        return new UUID(msb, uuidLow(rnd.nextLong()));
    }

    /** The high half of a version-4 UUID made from 64 random bits. */
    public static long uuidHigh(long random) {
        return (random & ~0xF000L) | 0x4000L;
    }

    /** The low half of a version-4 (IETF variant) UUID made from 64 random bits. */
    public static long uuidLow(long random) {
        return (random & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
    }

    /** SplitMix64 finaliser of (seed, index): neighbouring players and seeds get unrelated streams. */
    static long mix(long seed, long index) {
        long z = seed * 0x9E3779B97F4A7C15L + index * 0xD1B54A32D192ED03L + 0x632BE59BD9B4E019L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
