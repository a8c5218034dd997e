package dev.playlens.publish;

import dev.playlens.ml.data.RawColumn;
import dev.playlens.ml.data.RawTable;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Writes a feature table into DuckDB (numeric columns DOUBLE, text VARCHAR): the warehouse a miss reads. */
final class FeatureTables {
    private FeatureTables() {
    }

    static void write(Connection c, String table, RawTable data) throws SQLException {
        List<String> defs = new ArrayList<>();
        for (RawColumn col : data.columns()) {
            defs.add("\"" + col.name() + "\" " + (col instanceof RawColumn.Numeric ? "DOUBLE" : "VARCHAR"));
        }
        try (Statement s = c.createStatement()) {
            s.execute("CREATE OR REPLACE TABLE " + table + " (" + String.join(", ", defs) + ")");
        }
        try (DuckDBAppender a = c.unwrap(DuckDBConnection.class).createAppender(DuckDBConnection.DEFAULT_SCHEMA, table)) {
            for (int i = 0; i < data.rowCount(); i++) {
                a.beginRow();
                for (RawColumn col : data.columns()) {
                    switch (col) {
                        case RawColumn.Numeric n -> {
                            if (Double.isNaN(n.values()[i])) a.appendNull(); else a.append(n.values()[i]);
                        }
                        case RawColumn.Text t -> a.append(t.values()[i]);
                    }
                }
                a.endRow();
            }
        }
    }
}
