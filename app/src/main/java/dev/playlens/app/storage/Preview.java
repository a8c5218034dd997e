package dev.playlens.app.storage;

import java.util.List;

/** What the preview pane shows for one object. */
public sealed interface Preview {
    String key();

    /** JSON lines, pretty-printed, or other text. */
    record Text(String key, String text, String note) implements Preview {
    }

    /** CSV rows, or a Parquet file's first rows with its schema in {@code note}. */
    record Table(String key, List<String> columns, List<List<String>> rows, String note) implements Preview {
        public Table {
            columns = List.copyOf(columns);
            rows = List.copyOf(rows);
        }
    }

    /** An image's encoded bytes (PNG, JPEG, GIF, BMP). */
    record Image(String key, byte[] bytes) implements Preview {
    }

    /** No preview: a folder, an unknown type, or too big; the message says which. */
    record None(String key, String message) implements Preview {
    }
}
