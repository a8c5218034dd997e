package dev.playlens.warehouse;

import java.util.regex.Pattern;

/**
 * Validates SQL identifiers that come from outside (table names typed into the UI, options) before
 * they are put into SQL text; values always travel as JDBC parameters instead.
 */
public final class Identifiers {
    private static final Pattern SIMPLE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");

    private Identifiers() {
    }

    /** Returns {@code name} when it is a plain identifier (letters, digits, underscore, ≤ 63 chars). */
    public static String validate(String name) {
        if (name == null || !SIMPLE.matcher(name).matches()) {
            throw new IllegalArgumentException("invalid SQL identifier '" + name
                    + "': use letters, digits and underscores, starting with a letter or underscore (max 63)");
        }
        return name;
    }

    /** A validated identifier, possibly schema-qualified ({@code schema.table}), double-quoted part by part. */
    public static String quote(String name) {
        if (name == null) throw new IllegalArgumentException("invalid SQL identifier: null");
        String[] parts = name.split("\\.", -1);
        if (parts.length > 2) throw new IllegalArgumentException("invalid SQL identifier '" + name + "': at most schema.table");
        StringBuilder sb = new StringBuilder();
        for (String part : parts) {
            if (!sb.isEmpty()) sb.append('.');
            sb.append('"').append(validate(part)).append('"');
        }
        return sb.toString();
    }
}
