package dev.playlens.app.storage;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/** Reads the first rows of RFC 4180 CSV (quoted fields, doubled quotes, newlines inside quotes) for a preview. */
final class CsvRows {
    private CsvRows() {
    }

    static List<List<String>> read(Reader in, int maxRows) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        int c;
        while (rows.size() < maxRows && (c = in.read()) >= 0) {
            any = true;
            if (quoted) {
                if (c == '"') {
                    in.mark(1);
                    int next = in.read();
                    if (next == '"') field.append('"');
                    else {
                        quoted = false;
                        if (next >= 0) in.reset();
                    }
                } else field.append((char) c);
            } else if (c == '"') quoted = true;
            else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\n') {
                row.add(stripCr(field));
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                any = false;
            } else field.append((char) c);
        }
        if (any && rows.size() < maxRows) {
            row.add(stripCr(field));
            rows.add(row);
        }
        return rows;
    }

    private static String stripCr(StringBuilder field) {
        int n = field.length();
        return n > 0 && field.charAt(n - 1) == '\r' ? field.substring(0, n - 1) : field.toString();
    }
}
