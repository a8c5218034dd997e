package dev.playlens.ml.registry;

import java.util.regex.Pattern;

/** {@code NAME} (the current version) or {@code NAME:VERSION}, as the CLI takes it. */
public record ModelRef(String name, Integer version) {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    public ModelRef {
        validateName(name);
        if (version != null && version < 1) throw new IllegalArgumentException("model version must be >= 1: " + version);
    }

    public static ModelRef parse(String text) {
        int colon = text.lastIndexOf(':');
        if (colon < 0) return new ModelRef(text, null);
        try {
            return new ModelRef(text.substring(0, colon), Integer.parseInt(text.substring(colon + 1)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("model reference '" + text + "': version must be a number (NAME:VERSION)");
        }
    }

    static void validateName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("model name '" + name + "': use letters, digits, '.', '_' or '-'");
        }
    }

    @Override
    public String toString() {
        return version == null ? name : name + ":" + version;
    }
}
