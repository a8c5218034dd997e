package dev.playlens.warehouse.query;

/** A result column: its label, the engine's type name, and the {@link java.sql.Types} code. */
public record ResultColumn(String name, String typeName, int jdbcType) {
}
