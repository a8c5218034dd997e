package dev.playlens.ml.data;

import java.util.Set;

/**
 * Text values read as "missing": blanks (Telco's TotalCharges), {@code ?} (devsisters), and the usual NA spellings.
 * Matching ignores surrounding whitespace.
 */
public record MissingTokens(Set<String> tokens) {

    public static final MissingTokens DEFAULT = new MissingTokens(Set.of("", "?", "NA", "N/A", "NaN", "null", "NULL"));

    public MissingTokens {
        tokens = Set.copyOf(tokens);
    }

    public boolean isMissing(String value) {
        return value == null || tokens.contains(value.strip());
    }
}
