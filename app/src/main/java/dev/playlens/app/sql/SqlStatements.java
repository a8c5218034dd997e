package dev.playlens.app.sql;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits editor text into statements on semicolons that are outside quotes and comments, and finds the one
 * under the caret, so Ctrl+Enter runs one statement of a script without the user selecting it.
 */
public final class SqlStatements {
    /** A statement's text range [start, end) in the editor, without the terminating semicolon. */
    public record Range(int start, int end) {
        public String of(String text) {
            return text.substring(start, end).strip();
        }
    }

    private SqlStatements() {
    }

    /** Every statement range, in order, including blank ones between consecutive semicolons. */
    public static List<Range> split(String text) {
        List<Range> ranges = new ArrayList<>();
        int start = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\'' || c == '"') {
                i = skipQuoted(text, i, c);
            } else if (c == '-' && i + 1 < n && text.charAt(i + 1) == '-') {
                int eol = text.indexOf('\n', i);
                i = eol < 0 ? n : eol;
            } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
                int close = text.indexOf("*/", i + 2);
                i = close < 0 ? n : close + 2;
            } else {
                if (c == ';') {
                    ranges.add(new Range(start, i));
                    start = i + 1;
                }
                i++;
            }
        }
        ranges.add(new Range(start, n));
        return ranges;
    }

    /**
     * The statement the caret is in. A caret right after a semicolon, or in blank text after the last
     * statement, means the nearest statement before it, as in most SQL editors; blank when there is none.
     */
    public static String at(String text, int caret) {
        List<Range> ranges = split(text);
        int found = 0;
        for (int k = 0; k < ranges.size(); k++) {
            Range r = ranges.get(k);
            if (caret >= r.start() && caret <= r.end()) {
                found = k;
                break;
            }
        }
        // A caret just after "…;" on the same line belongs to the statement that semicolon ends.
        if (found > 0) {
            String before = text.substring(ranges.get(found).start(), Math.min(caret, text.length()));
            if (before.isBlank() && before.indexOf('\n') < 0) found--;
        }
        for (int k = found; k >= 0; k--) {
            String s = ranges.get(k).of(text);
            if (!isBlank(s)) return s;
        }
        for (int k = found + 1; k < ranges.size(); k++) {
            String s = ranges.get(k).of(text);
            if (!isBlank(s)) return s;
        }
        return "";
    }

    /** True when the text holds only whitespace and comments. */
    static boolean isBlank(String statement) {
        return statement.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("--[^\\n]*", "").isBlank();
    }

    private static int skipQuoted(String text, int open, char quote) {
        int i = open + 1;
        while (i < text.length()) {
            if (text.charAt(i) == quote) {
                if (i + 1 < text.length() && text.charAt(i + 1) == quote) {
                    i += 2; // doubled quote inside the literal
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return text.length();
    }
}
