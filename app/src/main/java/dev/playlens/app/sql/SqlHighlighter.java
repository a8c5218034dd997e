package dev.playlens.app.sql;

import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** SQL syntax colouring for the editor: keywords, functions, strings, numbers, comments (CSS classes sql-*). */
final class SqlHighlighter {
    private static final String[] KEYWORDS = {
            "select", "from", "where", "group", "by", "order", "having", "limit", "offset", "join", "left", "right",
            "inner", "outer", "full", "cross", "on", "using", "as", "and", "or", "not", "in", "is", "null", "like",
            "ilike", "between", "case", "when", "then", "else", "end", "distinct", "union", "all", "except",
            "intersect", "with", "insert", "into", "values", "update", "set", "delete", "create", "table", "view",
            "drop", "alter", "add", "if", "exists", "primary", "key", "asc", "desc", "true", "false", "over",
            "partition", "window", "rows", "range", "filter", "cast", "interval", "explain", "analyze", "copy",
            "to", "begin", "commit", "rollback", "temporary", "temp", "index", "default", "qualify", "pivot"};
    private static final Pattern PATTERN = Pattern.compile(
            "(?<COMMENT>--[^\n]*|/\\*(?s:.*?)\\*/)"
                    + "|(?<STRING>'(?:[^']|'')*'?)"
                    + "|(?<IDENT>\"(?:[^\"]|\"\")*\"?)"
                    + "|(?<KEYWORD>(?i)\\b(?:" + String.join("|", KEYWORDS) + ")\\b)"
                    + "|(?<FUNCTION>\\b[A-Za-z_][A-Za-z0-9_]*(?=\\s*\\())"
                    + "|(?<NUMBER>\\b\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?\\b)");
    private static final List<String> GROUPS = List.of("COMMENT", "STRING", "IDENT", "KEYWORD", "FUNCTION", "NUMBER");

    private SqlHighlighter() {
    }

    static StyleSpans<Collection<String>> spans(String text) {
        Matcher m = PATTERN.matcher(text);
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
        int last = 0;
        while (m.find()) {
            String style = null;
            for (String g : GROUPS) {
                if (m.group(g) != null) {
                    style = "sql-" + g.toLowerCase(java.util.Locale.ROOT);
                    break;
                }
            }
            spans.add(Collections.emptyList(), m.start() - last);
            spans.add(Collections.singleton(style), m.end() - m.start());
            last = m.end();
        }
        spans.add(Collections.emptyList(), text.length() - last);
        return spans.create();
    }
}
