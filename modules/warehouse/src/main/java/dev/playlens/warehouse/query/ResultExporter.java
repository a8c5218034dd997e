package dev.playlens.warehouse.query;

import dev.playlens.core.job.JobContext;
import dev.playlens.core.sql.Engine;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Exports a query's full result to CSV, JSON lines or Parquet, streamed (never the whole result in
 * memory). The file appears only when complete: it is written under a temporary name and moved into place,
 * so a cancel or a failure leaves any previous file untouched. Parquet: DuckDB writes it itself with
 * {@code COPY (query) TO … (FORMAT parquet)}; for the server engines rows stream to a temporary CSV that an
 * in-memory DuckDB converts with explicit column types (DECIMAL/NUMERIC become DOUBLE).
 */
public final class ResultExporter {
    private static final String NULL_MARKER = "\\N";

    private final QueryRunner runner;

    public ResultExporter(QueryRunner runner) {
        this.runner = runner;
    }

    /** Returns the number of rows written. */
    public long export(String sql, Path out, ExportFormat format, JobContext ctx) throws SQLException, IOException {
        Path target = out.toAbsolutePath();
        if (target.getParent() != null) Files.createDirectories(target.getParent());
        Path partial = target.resolveSibling("." + target.getFileName() + ".partial");
        try {
            long rows = switch (format) {
                case CSV -> streamText(sql, partial, CsvRowSink::new, ctx);
                case JSON_LINES -> streamText(sql, partial, JsonLinesRowSink::new, ctx);
                case PARQUET -> runner.warehouse().engine() == Engine.DUCKDB
                        ? duckDbParquet(sql, partial, ctx) : convertedParquet(sql, partial, ctx);
            };
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return rows;
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    private interface SinkFactory {
        RowSink create(Writer w);
    }

    private long streamText(String sql, Path file, SinkFactory sinks, JobContext ctx) throws SQLException, IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            return runner.run(sql, sinks.create(w), ctx).rows();
        }
    }

    private long duckDbParquet(String sql, Path file, JobContext ctx) throws SQLException {
        String copy = "COPY (" + stripSemicolon(sql) + ") TO " + literal(file.toString()) + " (FORMAT parquet)";
        long[] count = {-1};
        QueryOutcome o = runner.run(copy, values -> {
            count[0] = ((Number) values[0]).longValue();
            return true;
        }, ctx);
        return count[0] >= 0 ? count[0] : o.updateCount();
    }

    private long convertedParquet(String sql, Path file, JobContext ctx) throws SQLException, IOException {
        Path csv = file.resolveSibling(file.getFileName() + ".csv");
        try {
            List<ResultColumn> columns = new ArrayList<>();
            long rows;
            try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
                CsvRowSink csvSink = new CsvRowSink(w, NULL_MARKER, true);
                rows = runner.run(sql, new RowSink() {
                    @Override
                    public void start(List<ResultColumn> cols) throws Exception {
                        columns.addAll(cols);
                        csvSink.start(cols);
                    }

                    @Override
                    public boolean row(Object[] values) throws Exception {
                        return csvSink.row(values);
                    }
                }, ctx).rows();
            }
            ctx.checkCancelled();
            String convert = "COPY (SELECT * FROM read_csv(" + literal(csv.toString()) + ", header = true, delim = ',',"
                    + " quote = '\"', escape = '\"', nullstr = " + literal(NULL_MARKER) + ","
                    + " allow_quoted_nulls = false, auto_detect = false, columns = " + columnsStruct(columns) + ")) TO "
                    + literal(file.toString()) + " (FORMAT parquet)";
            try (Connection duck = DriverManager.getConnection("jdbc:duckdb:"); Statement st = duck.createStatement()) {
                st.execute(convert);
            } catch (SQLException e) {
                throw new SQLException("converting the result to Parquet failed: " + e.getMessage() + " in: " + convert, e);
            }
            return rows;
        } finally {
            Files.deleteIfExists(csv);
        }
    }

    /** {'name': 'TYPE', …} with unique names (duplicate labels get _2, _3 …). */
    private static String columnsStruct(List<ResultColumn> columns) {
        StringBuilder sb = new StringBuilder("{");
        Set<String> used = new HashSet<>();
        for (ResultColumn c : columns) {
            String name = c.name();
            for (int i = 2; !used.add(name.toLowerCase(Locale.ROOT)); i++) name = c.name() + "_" + i;
            if (sb.length() > 1) sb.append(", ");
            sb.append(literal(name)).append(": ").append(literal(duckDbType(c)));
        }
        return sb.append('}').toString();
    }

    static String duckDbType(ResultColumn c) {
        return switch (c.jdbcType()) {
            case java.sql.Types.BOOLEAN, java.sql.Types.BIT -> "BOOLEAN";
            case java.sql.Types.TINYINT, java.sql.Types.SMALLINT, java.sql.Types.INTEGER -> "INTEGER";
            case java.sql.Types.BIGINT -> "BIGINT";
            case java.sql.Types.REAL, java.sql.Types.FLOAT, java.sql.Types.DOUBLE,
                 java.sql.Types.NUMERIC, java.sql.Types.DECIMAL -> "DOUBLE";
            case java.sql.Types.DATE -> "DATE";
            case java.sql.Types.TIME -> "TIME";
            case java.sql.Types.TIMESTAMP -> c.typeName().toLowerCase(Locale.ROOT).contains("tz") ? "TIMESTAMPTZ" : "TIMESTAMP";
            case java.sql.Types.TIMESTAMP_WITH_TIMEZONE -> "TIMESTAMPTZ";
            default -> "uuid".equalsIgnoreCase(c.typeName()) ? "UUID" : "VARCHAR";
        };
    }

    private static String literal(String s) {
        return "'" + s.replace("'", "''") + "'";
    }

    private static String stripSemicolon(String sql) {
        String s = sql.strip();
        while (s.endsWith(";")) s = s.substring(0, s.length() - 1).strip();
        return s;
    }
}
