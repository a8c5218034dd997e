package dev.playlens.demo.sim;

import java.util.SplittableRandom;

/** The in-app store: what players buy and for how much (USD cents). */
enum Sku {
    STARTER_PACK("starter_pack", 499),
    REVIVE_TOKEN("revive_token", 99),
    GEM_POUCH("gem_pouch", 199),
    GEM_CHEST("gem_chest", 999),
    SEASON_PASS("season_pass", 999),
    GEM_VAULT("gem_vault", 4999);

    final String id;
    final int cents;

    Sku(String id, int cents) {
        this.id = id;
        this.cents = cents;
    }

    double usd() {
        return cents / 100.0;
    }

    /** A shop purchase: the starter pack first, then mostly small packs; spenders also buy big ones. */
    static Sku shop(PlayerState p, SplittableRandom rnd) {
        if (!p.starterBought && rnd.nextDouble() < 0.65) return STARTER_PACK;
        double u = rnd.nextDouble();
        double whale = p.archetype == Archetype.SPENDER ? 0.10 : 0.02;
        if (u < whale) return GEM_VAULT;
        if (u < whale + 0.08 && !p.passBought) return SEASON_PASS;
        return u < 0.60 ? GEM_POUCH : GEM_CHEST;
    }
}
