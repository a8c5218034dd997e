package dev.playlens.ml.data;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The observation window [from, to) the features describe, and the label horizon after it: a user "churned"
 * when they have no event in [to, to + horizon); "paid" when they have a purchase event in that span.
 */
public record FeatureWindow(Instant from, Instant to, Duration horizon) {

    public FeatureWindow {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(horizon, "horizon");
        if (!from.isBefore(to)) throw new IllegalArgumentException("feature window: from " + from + " is not before to " + to);
        if (horizon.isNegative() || horizon.isZero()) throw new IllegalArgumentException("feature window: horizon must be > 0");
    }

    public Instant labelEnd() {
        return to.plus(horizon);
    }
}
