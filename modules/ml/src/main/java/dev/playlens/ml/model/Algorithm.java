package dev.playlens.ml.model;

import java.util.Arrays;

/** The classifiers on offer; {@link #cliName()} is the {@code --algorithm} value. */
public enum Algorithm {
    GBT("gbt"), LOGISTIC("logistic"), RANDOM_FOREST("random-forest");

    private final String cliName;

    Algorithm(String cliName) {
        this.cliName = cliName;
    }

    public String cliName() {
        return cliName;
    }

    public static Algorithm parse(String value) {
        return Arrays.stream(values()).filter(a -> a.cliName.equalsIgnoreCase(value) || a.name().equalsIgnoreCase(value))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("--algorithm: unknown '" + value
                        + "' (gbt, logistic, random-forest)"));
    }
}
