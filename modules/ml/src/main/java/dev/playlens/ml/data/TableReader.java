package dev.playlens.ml.data;

import dev.playlens.core.job.JobContext;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Loads a feature table from a CSV or Parquet file (read by an in-memory DuckDB) or from any JDBC result set.
 * Text columns whose every non-missing value is a number become numeric; what was treated as missing is noted.
 */
public final class TableReader {
    private static final int PROGRESS_EVERY = 50_000;
    private final MissingTokens missing;

    public TableReader(MissingTokens missing) {
        this.missing = missing;
    }

    public TableReader() {
        this(MissingTokens.DEFAULT);
    }

    /** Reads {@code .csv} (optionally gzipped) or {@code .parquet}. */
    public RawTable readFile(Path file, JobContext context) throws SQLException {
        if (!Files.isRegularFile(file)) throw new IllegalArgumentException("data file not found: " + file);
        String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String function;
        if (lower.endsWith(".parquet")) {
            function = "read_parquet(?)";
        } else if (lower.endsWith(".csv") || lower.endsWith(".csv.gz") || lower.endsWith(".tsv")) {
            // All text: DuckDB would turn Yes/No into booleans and could trip on a late odd value; our own inference
            // below only ever makes a column numeric when every non-missing value is a number.
            function = "read_csv(?, header = true, all_varchar = true)";
        } else {
            throw new IllegalArgumentException("unsupported data file (want .csv, .csv.gz or .parquet): " + file);
        }
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
             PreparedStatement st = c.prepareStatement("SELECT * FROM " + function)) {
            st.setString(1, file.toAbsolutePath().toString());
            try (ResultSet rs = st.executeQuery()) {
                return read(rs, file.toString(), true, context);
            }
        }
    }

    /**
     * Reads a whole result set; {@code sourceName} appears in notes and errors. From a warehouse the SQL types are
     * trusted (a VARCHAR app_version "1.0" stays a category; NULL is missing); from a text file
     * ({@code untypedText}) missing tokens apply and all-number columns become numeric.
     */
    public RawTable read(ResultSet rs, String sourceName, boolean untypedText, JobContext context) throws SQLException {
        ResultSetMetaData md = rs.getMetaData();
        int n = md.getColumnCount();
        boolean[] numeric = new boolean[n];
        List<List<Object>> cells = new ArrayList<>(n);
        for (int j = 0; j < n; j++) {
            numeric[j] = isNumericType(md.getColumnType(j + 1));
            cells.add(new ArrayList<>());
        }
        long rows = 0;
        while (rs.next()) {
            for (int j = 0; j < n; j++) {
                if (numeric[j]) {
                    double v = rs.getDouble(j + 1);
                    cells.get(j).add(rs.wasNull() ? Double.NaN : v);
                } else {
                    cells.get(j).add(rs.getString(j + 1));
                }
            }
            if (++rows % PROGRESS_EVERY == 0) {
                context.checkCancelled();
                context.progress(rows, -1, "read " + rows + " rows from " + sourceName);
            }
        }
        if (rows == 0) throw new IllegalArgumentException(sourceName + ": no rows");
        List<RawColumn> columns = new ArrayList<>(n);
        List<String> notes = new ArrayList<>();
        for (int j = 0; j < n; j++) {
            String name = md.getColumnLabel(j + 1);
            columns.add(numeric[j] ? numericColumn(name, cells.get(j), sourceName, notes)
                    : untypedText ? textColumn(name, cells.get(j), notes) : sqlTextColumn(name, cells.get(j), sourceName, notes));
            cells.set(j, null);
        }
        return new RawTable(columns, notes);
    }

    private static RawColumn numericColumn(String name, List<Object> values, String source, List<String> notes) {
        double[] out = new double[values.size()];
        int nulls = 0;
        for (int i = 0; i < out.length; i++) {
            out[i] = (Double) values.get(i);
            if (Double.isNaN(out[i])) nulls++;
        }
        if (nulls > 0) notes.add(name + ": " + nulls + " missing (NULL) values in " + source);
        return new RawColumn.Numeric(name, out);
    }

    private static RawColumn sqlTextColumn(String name, List<Object> values, String source, List<String> notes) {
        String[] text = new String[values.size()];
        int nulls = 0;
        for (int i = 0; i < text.length; i++) {
            text[i] = (String) values.get(i);
            if (text[i] == null) nulls++;
        }
        if (nulls > 0) notes.add(name + ": " + nulls + " missing (NULL) values in " + source);
        return new RawColumn.Text(name, text);
    }

    private RawColumn textColumn(String name, List<Object> values, List<String> notes) {
        String[] text = new String[values.size()];
        int missingCount = 0;
        boolean allNumbers = true;
        double[] parsed = new double[text.length];
        for (int i = 0; i < text.length; i++) {
            String v = (String) values.get(i);
            if (missing.isMissing(v)) {
                missingCount++;
                parsed[i] = Double.NaN;
                continue;
            }
            text[i] = v.strip();
            if (allNumbers) {
                try {
                    parsed[i] = Double.parseDouble(text[i]);
                    if (Double.isNaN(parsed[i])) allNumbers = false;
                } catch (NumberFormatException e) {
                    allNumbers = false;
                }
            }
        }
        boolean anyValue = missingCount < text.length;
        if (missingCount > 0) {
            notes.add(name + ": " + missingCount + " value(s) treated as missing (tokens " + missing.tokens() + ")");
        }
        if (allNumbers && anyValue) {
            notes.add(name + ": text column holds only numbers once missing tokens are removed -> numeric");
            return new RawColumn.Numeric(name, parsed);
        }
        return new RawColumn.Text(name, text);
    }

    private static boolean isNumericType(int sqlType) {
        return switch (sqlType) {
            case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT, Types.FLOAT, Types.REAL, Types.DOUBLE,
                 Types.DECIMAL, Types.NUMERIC -> true;
            default -> false;
        };
    }
}
