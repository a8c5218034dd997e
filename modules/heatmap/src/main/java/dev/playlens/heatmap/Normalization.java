package dev.playlens.heatmap;

import java.util.Locale;

/**
 * How bin values are made comparable between version sets of different sizes.
 *
 * <p>{@link #PER_PLAYER}: a bin's value is the share (in %) of the level's players who had at least one
 * matching event in that bin: distinct {@code client_id}s with a matching event in the bin, divided by the
 * distinct {@code client_id}s with any event on the level under the same version and time filters. This is
 * what a designer means by "12% of players die at the bridge in 1.1 against 5% in 1.0": it does not grow
 * with the player count, one player dying fifty times in one spot counts once, and a harder spot still shows
 * up as more players dying there (dividing by events-per-player instead would hide exactly that).
 * {@link #PER_SESSION} is the same with {@code session_id}; events without a session id cannot be counted
 * and are reported in {@link BinStats#withoutSession()}.
 */
public enum Normalization {
    NONE, PER_PLAYER, PER_SESSION;

    public static Normalization parse(String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT).replace('_', '-')) {
            case "none" -> NONE;
            case "per-player", "player" -> PER_PLAYER;
            case "per-session", "session" -> PER_SESSION;
            default -> throw new IllegalArgumentException(
                    "unknown normalisation '" + text + "': expected none, per-player or per-session");
        };
    }
}
