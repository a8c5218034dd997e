package dev.playlens.ml.data;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where a feature table comes from, mirroring the CLI's DATA options: {@code --data FILE}, or
 * {@code --warehouse W} with {@code --table NAME} or {@code --query SQL} (plus bound parameters).
 */
public sealed interface DataSource {

    /** A short description kept in model metadata. */
    String describe();

    record File(Path path) implements DataSource {
        public File {
            Objects.requireNonNull(path, "path");
        }

        public String describe() {
            return "file:" + path.toAbsolutePath();
        }
    }

    record WarehouseTable(String warehouse, String table) implements DataSource {
        private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)?");

        public WarehouseTable {
            Objects.requireNonNull(warehouse, "warehouse");
            if (table == null || !IDENTIFIER.matcher(table).matches()) {
                throw new IllegalArgumentException("--table: not a valid table name: " + table);
            }
        }

        public String sql() {
            return "SELECT * FROM " + table;
        }

        public String describe() {
            return warehouse + "#" + table;
        }
    }

    record WarehouseQuery(String warehouse, String sql, List<Object> parameters) implements DataSource {
        public WarehouseQuery {
            Objects.requireNonNull(warehouse, "warehouse");
            Objects.requireNonNull(sql, "sql");
            parameters = List.copyOf(parameters);
        }

        public String describe() {
            return warehouse + " (query)";
        }
    }
}
