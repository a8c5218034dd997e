package dev.playlens.app.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Prints a result set as an aligned table, CSV (streamed) or one JSON object (streamed). */
final class ResultPrinter {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ResultPrinter() {
    }

    static void print(ResultSet rs, SqlCommand.ResultFormat format, PrintWriter out) throws SQLException, IOException {
        ResultSetMetaData md = rs.getMetaData();
        List<String> columns = new ArrayList<>();
        for (int i = 1; i <= md.getColumnCount(); i++) columns.add(md.getColumnLabel(i));
        switch (format) {
            case csv -> csv(rs, columns, out);
            case json -> json(rs, columns, out);
            case table -> table(rs, columns, out);
        }
    }

    static void printUpdateCount(int count, SqlCommand.ResultFormat format, PrintWriter out) throws IOException {
        if (format == SqlCommand.ResultFormat.json) {
            out.println(MAPPER.writeValueAsString(java.util.Map.of("update_count", count)));
        } else {
            out.println(count < 0 ? "OK" : count + " rows changed");
        }
    }

    private static void csv(ResultSet rs, List<String> columns, PrintWriter out) throws SQLException {
        out.println(String.join(",", columns.stream().map(ResultPrinter::csvField).toList()));
        int n = columns.size();
        StringBuilder line = new StringBuilder();
        while (rs.next()) {
            line.setLength(0);
            for (int i = 1; i <= n; i++) {
                if (i > 1) line.append(',');
                Object v = rs.getObject(i);
                if (v != null) line.append(csvField(text(v)));
            }
            out.println(line);
        }
    }

    static String csvField(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) return s;
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    private static void json(ResultSet rs, List<String> columns, PrintWriter out) throws SQLException, IOException {
        long count = 0;
        try (JsonGenerator g = MAPPER.getFactory().createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartObject();
            g.writeArrayFieldStart("columns");
            for (String c : columns) g.writeString(c);
            g.writeEndArray();
            g.writeArrayFieldStart("rows");
            while (rs.next()) {
                g.writeStartObject();
                for (int i = 0; i < columns.size(); i++) {
                    g.writeFieldName(columns.get(i));
                    writeValue(g, rs.getObject(i + 1));
                }
                g.writeEndObject();
                count++;
            }
            g.writeEndArray();
            g.writeNumberField("row_count", count);
            g.writeEndObject();
        }
        out.println();
    }

    private static void writeValue(JsonGenerator g, Object v) throws IOException {
        switch (v) {
            case null -> g.writeNull();
            case Integer i -> g.writeNumber(i);
            case Long l -> g.writeNumber(l);
            case Short s -> g.writeNumber(s);
            case Byte b -> g.writeNumber(b);
            case BigInteger b -> g.writeNumber(b);
            case BigDecimal b -> g.writeNumber(b);
            case Double d when Double.isFinite(d) -> g.writeNumber(d);
            case Float f when Float.isFinite(f) -> g.writeNumber(f);
            case Boolean b -> g.writeBoolean(b);
            default -> g.writeString(text(v));
        }
    }

    private static void table(ResultSet rs, List<String> columns, PrintWriter out) throws SQLException {
        int n = columns.size();
        List<String[]> rows = new ArrayList<>();
        int[] width = new int[n];
        for (int i = 0; i < n; i++) width[i] = columns.get(i).length();
        while (rs.next()) {
            String[] row = new String[n];
            for (int i = 0; i < n; i++) {
                Object v = rs.getObject(i + 1);
                row[i] = v == null ? "NULL" : text(v).replace('\n', ' ');
                width[i] = Math.max(width[i], row[i].length());
            }
            rows.add(row);
        }
        out.println(line(columns.toArray(String[]::new), width, null));
        StringBuilder rule = new StringBuilder();
        for (int i = 0; i < n; i++) rule.append(i == 0 ? "" : "-+-").append("-".repeat(width[i]));
        out.println(rule);
        for (String[] row : rows) out.println(line(row, width, rs.getMetaData()));
        out.println("(" + rows.size() + (rows.size() == 1 ? " row)" : " rows)"));
    }

    private static String line(String[] cells, int[] width, ResultSetMetaData md) throws SQLException {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) sb.append(" | ");
            boolean right = md != null && isNumeric(md.getColumnType(i + 1));
            String pad = " ".repeat(width[i] - cells[i].length());
            sb.append(right ? pad + cells[i] : cells[i] + (i == cells.length - 1 ? "" : pad));
        }
        return sb.toString();
    }

    private static boolean isNumeric(int sqlType) {
        return switch (sqlType) {
            case java.sql.Types.INTEGER, java.sql.Types.BIGINT, java.sql.Types.SMALLINT, java.sql.Types.TINYINT,
                 java.sql.Types.DECIMAL, java.sql.Types.NUMERIC, java.sql.Types.DOUBLE, java.sql.Types.FLOAT,
                 java.sql.Types.REAL -> true;
            default -> false;
        };
    }

    static String text(Object v) {
        return v instanceof byte[] b ? java.util.HexFormat.of().formatHex(b) : v.toString();
    }
}
