package dev.playlens.demo;

import dev.playlens.demo.sim.DemoCalendar;
import dev.playlens.demo.sim.PlayerState;

/** Creates every player's hidden profile up front, from the spec's seed and the player's index. */
final class PlayerFactory {
    private PlayerFactory() {
    }

    static PlayerState[] create(DemoSpec spec, DemoCalendar calendar, int levels) {
        PlayerState[] players = new PlayerState[spec.players()];
        for (int i = 0; i < players.length; i++) players[i] = PlayerState.create(i, spec.seed(), calendar, levels);
        return players;
    }
}
