package dev.playlens.demo.sim;

/**
 * The hidden kinds of player that drive behaviour. Each player draws personal parameters around these
 * means (log-normal noise), so archetypes overlap and a model has to learn from behaviour, not from a
 * label. Calibrated so that day-7 retention lands near 20 % and payers near 3.5 % (as in
 * Cookie Cats' real D7 of ~19 % and the usual 2-5 % payer share of free-to-play games).
 */
public enum Archetype {
    //            share  active  churn/day  extra sess  minutes  skill  payer  buy/session  iOS
    EARLY_CHURNER(0.42, 0.42, 0.42, 0.25, 5, -0.6, 0.004, 0.15, 0.30),
    CASUAL(0.38, 0.35, 0.07, 0.5, 9, 0.0, 0.015, 0.10, 0.35),
    CORE(0.16, 0.75, 0.025, 1.6, 20, 0.8, 0.045, 0.10, 0.40),
    SPENDER(0.04, 0.80, 0.015, 1.8, 22, 0.4, 0.50, 0.28, 0.55);

    /** Share of installs. */
    final double share;
    /** Probability of playing on a given day while not churned. */
    final double activeProbability;
    /** Probability of quitting for good after each day. */
    final double dailyChurn;
    /** Mean number of sessions beyond the first on an active day (Poisson). */
    final double extraSessions;
    /** Median session length in minutes. */
    final double sessionMinutes;
    /** Mean skill (logit offset of completing a level attempt). */
    final double skill;
    /** Probability of being willing to pay at all. */
    final double payerShare;
    /** For willing payers: chance of a shop purchase per session. */
    final double purchasePerSession;
    final double iosShare;

    Archetype(double share, double activeProbability, double dailyChurn, double extraSessions,
              double sessionMinutes, double skill, double payerShare, double purchasePerSession, double iosShare) {
        this.share = share;
        this.activeProbability = activeProbability;
        this.dailyChurn = dailyChurn;
        this.extraSessions = extraSessions;
        this.sessionMinutes = sessionMinutes;
        this.skill = skill;
        this.payerShare = payerShare;
        this.purchasePerSession = purchasePerSession;
        this.iosShare = iosShare;
    }

    /** The label written to the ground-truth file. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    static Archetype draw(double u) {
        double acc = 0;
        for (Archetype a : values()) {
            acc += a.share;
            if (u < acc) return a;
        }
        return CASUAL;
    }
}
