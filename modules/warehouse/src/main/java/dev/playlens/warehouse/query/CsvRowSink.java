package dev.playlens.warehouse.query;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes rows as RFC 4180 CSV with a header. Null is an empty unquoted cell; every non-null text cell that
 * needs it is quoted, so an empty string ({@code ""}) stays distinguishable from null. With
 * {@code nullMarker} set, null cells are written as that marker instead (used for the Parquet conversion).
 */
public final class CsvRowSink implements RowSink {
    private final Writer out;
    private final String nullMarker;
    private final boolean quoteAll;

    public CsvRowSink(Writer out) {
        this(out, "", false);
    }

    CsvRowSink(Writer out, String nullMarker, boolean quoteAll) {
        this.out = out;
        this.nullMarker = nullMarker;
        this.quoteAll = quoteAll;
    }

    @Override
    public void start(List<ResultColumn> columns) throws IOException {
        for (int i = 0; i < columns.size(); i++) {
            if (i > 0) out.write(',');
            cell(columns.get(i).name(), true);
        }
        out.write("\r\n");
    }

    @Override
    public boolean row(Object[] values) throws IOException {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) out.write(',');
            String text = ResultValues.text(values[i]);
            if (text == null) out.write(nullMarker);
            else cell(text, quoteAll);
        }
        out.write("\r\n");
        return true;
    }

    private void cell(String s, boolean forceQuote) throws IOException {
        boolean quote = forceQuote || s.isEmpty() || s.indexOf(',') >= 0 || s.indexOf('"') >= 0
                || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0 || s.equals(nullMarker) && !nullMarker.isEmpty();
        if (!quote) {
            out.write(s);
            return;
        }
        out.write('"');
        out.write(s.replace("\"", "\"\""));
        out.write('"');
    }
}
