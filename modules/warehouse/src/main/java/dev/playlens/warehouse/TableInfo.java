package dev.playlens.warehouse;

/** A table or view listed from {@code information_schema.tables}. */
public record TableInfo(String schema, String name, String type) {
    public String qualifiedName() {
        return schema + "." + name;
    }
}
