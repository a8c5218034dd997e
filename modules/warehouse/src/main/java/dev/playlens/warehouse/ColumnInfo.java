package dev.playlens.warehouse;

/** A column listed from {@code information_schema.columns}; {@code position} is 1-based. */
public record ColumnInfo(String name, String dataType, boolean nullable, int position) {
}
