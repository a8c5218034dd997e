package dev.playlens.app.storage;

import dev.playlens.storage.ObjectInfo;
import dev.playlens.storage.ObjectStore;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * A Parquet file's schema and first rows, read by an in-memory DuckDB from a temporary copy (Parquet keeps its
 * schema in the footer, so the preview needs the whole file; files above the limit are not fetched).
 */
public final class ParquetPreview {
    static final long SIZE_LIMIT = 256L << 20;

    public Preview preview(ObjectStore store, ObjectInfo object, int maxRows) throws Exception {
        if (object.size() > SIZE_LIMIT) {
            return new Preview.None(object.key(), "The Parquet file is " + RateMeter.formatBytes(object.size())
                    + ", too big to preview here (limit " + RateMeter.formatBytes(SIZE_LIMIT) + "). Query it from the SQL screen.");
        }
        Path tmp = Files.createTempFile("playlens-preview-", ".parquet");
        try {
            try (InputStream in = store.read(object.key())) {
                Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
            }
            return read(object.key(), tmp, maxRows);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    static Preview read(String key, Path file, int maxRows) throws Exception {
        // our own temporary path: no user text reaches the SQL, and quotes are escaped all the same
        String source = "read_parquet('" + file.toAbsolutePath().toString().replace("'", "''") + "')";
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
            List<String> schema = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("DESCRIBE SELECT * FROM " + source)) {
                while (rs.next()) schema.add(rs.getString("column_name") + " " + rs.getString("column_type"));
            }
            long count;
            try (ResultSet rs = st.executeQuery("SELECT count(*) FROM " + source)) {
                rs.next();
                count = rs.getLong(1);
            }
            List<String> columns = new ArrayList<>();
            List<List<String>> rows = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT * FROM " + source + " LIMIT " + maxRows)) {
                ResultSetMetaData md = rs.getMetaData();
                for (int i = 1; i <= md.getColumnCount(); i++) columns.add(md.getColumnLabel(i));
                while (rs.next()) {
                    List<String> row = new ArrayList<>(columns.size());
                    for (int i = 1; i <= columns.size(); i++) row.add(String.valueOf(rs.getObject(i)));
                    rows.add(row);
                }
            }
            return new Preview.Table(key, columns, rows, String.format(java.util.Locale.ROOT,
                    "%,d rows; first %d shown. Schema: %s", count, rows.size(), String.join(", ", schema)));
        }
    }
}
