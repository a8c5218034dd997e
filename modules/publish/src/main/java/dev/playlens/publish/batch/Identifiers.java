package dev.playlens.publish.batch;

import java.util.regex.Pattern;

/** Table names come from the command line, so they are validated before they go into SQL text. */
final class Identifiers {
    private static final Pattern TABLE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}(\\.[A-Za-z_][A-Za-z0-9_]{0,62})?");

    private Identifiers() {
    }

    static String table(String name, String where) {
        if (name == null || !TABLE.matcher(name).matches()) {
            throw new IllegalArgumentException(where + ": not a valid table name '" + name
                    + "' (letters, digits, '_', optionally schema.table)");
        }
        return name;
    }
}
