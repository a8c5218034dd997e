package dev.playlens.warehouse.ingest;

import java.util.ArrayList;
import java.util.List;

/** Reads back one row of {@link StagingFormat#POSTGRES_TEXT}: tab-separated, backslash escapes, \N = null. */
final class StagingText {
    private StagingText() {
    }

    static String[] decode(String line) {
        List<String> values = new ArrayList<>(13);
        StringBuilder v = new StringBuilder();
        boolean escaped = false;
        boolean isNull = false;
        for (int i = 0; i <= line.length(); i++) {
            char c = i < line.length() ? line.charAt(i) : '\t';
            if (escaped) {
                switch (c) {
                    case 't' -> v.append('\t');
                    case 'n' -> v.append('\n');
                    case 'r' -> v.append('\r');
                    case 'N' -> isNull = true;
                    default -> v.append(c);
                }
                escaped = false;
            } else if (c == '\\') {
                escaped = true;
            } else if (c == '\t') {
                values.add(isNull ? null : v.toString());
                v.setLength(0);
                isNull = false;
            } else {
                v.append(c);
            }
        }
        return values.toArray(String[]::new);
    }
}
