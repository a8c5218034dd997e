package dev.playlens.app.storage;

import java.util.Locale;

/** The type the browser shows for a key, from its extension (".gz" marks gzip over the inner type). */
public enum ObjectKind {
    FOLDER("folder"), JSON_LINES("JSON lines"), CSV("CSV"), PARQUET("Parquet"), IMAGE("image"), OTHER("file");

    private final String label;

    ObjectKind(String label) {
        this.label = label;
    }

    public static ObjectKind of(String key) {
        if (key.endsWith("/")) return FOLDER;
        String k = innerName(key).toLowerCase(Locale.ROOT);
        if (k.endsWith(".json") || k.endsWith(".jsonl") || k.endsWith(".ndjson") || k.endsWith(".txt")) return JSON_LINES;
        if (k.endsWith(".csv")) return CSV;
        if (k.endsWith(".parquet")) return PARQUET;
        if (k.endsWith(".png") || k.endsWith(".jpg") || k.endsWith(".jpeg") || k.endsWith(".gif") || k.endsWith(".bmp")) return IMAGE;
        return OTHER;
    }

    public static boolean isGzip(String key) {
        return key.toLowerCase(Locale.ROOT).endsWith(".gz");
    }

    /** "JSON lines (gzip)", "CSV", "folder" … */
    public static String describe(String key) {
        ObjectKind kind = of(key);
        String name = kind == OTHER && key.contains(".") && !isGzip(key)
                ? key.substring(key.lastIndexOf('.') + 1).toUpperCase(Locale.ROOT) + " file" : kind.label;
        return isGzip(key) && kind != FOLDER ? name + " (gzip)" : name;
    }

    private static String innerName(String key) {
        return isGzip(key) ? key.substring(0, key.length() - 3) : key;
    }
}
