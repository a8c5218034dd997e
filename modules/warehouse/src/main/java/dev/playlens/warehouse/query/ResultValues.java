package dev.playlens.warehouse.query;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/**
 * Reads a column value as a plain Java value: java.time types for dates and times (never the JVM time
 * zone dependent {@code java.sql.Timestamp}), numbers, strings, booleans, UUIDs; anything else as the
 * driver's object. Also turns values into display/CSV text.
 */
public final class ResultValues {
    private ResultValues() {
    }

    public static Object read(ResultSet rs, int index, int jdbcType) throws SQLException {
        Object v = switch (jdbcType) {
            case Types.TIMESTAMP -> timestamp(rs, index);
            case Types.TIMESTAMP_WITH_TIMEZONE -> rs.getObject(index, OffsetDateTime.class);
            case Types.DATE -> rs.getObject(index, LocalDate.class);
            case Types.TIME -> rs.getObject(index, LocalTime.class);
            default -> rs.getObject(index);
        };
        return rs.wasNull() ? null : v;
    }

    /** Plain timestamps as LocalDateTime; drivers that report timestamptz as TIMESTAMP refuse that, so offset then. */
    private static Object timestamp(ResultSet rs, int index) throws SQLException {
        try {
            return rs.getObject(index, LocalDateTime.class);
        } catch (SQLException e) {
            return rs.getObject(index, OffsetDateTime.class);
        }
    }

    /** Text for a CSV cell or a grid; null stays null; dates and times in ISO-8601. */
    public static String text(Object v) {
        return switch (v) {
            case null -> null;
            case String s -> s;
            case UUID u -> u.toString();
            case Double d -> d.isNaN() || d.isInfinite() ? d.toString() : trimDouble(d);
            case byte[] bytes -> java.util.HexFormat.of().formatHex(bytes);
            case LocalDateTime t -> DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(t);
            case OffsetDateTime t -> DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t);
            case LocalTime t -> DateTimeFormatter.ISO_LOCAL_TIME.format(t);
            default -> v.toString();
        };
    }

    private static String trimDouble(double d) {
        // 3.0 rather than 3.0E0 style surprises; keep full precision (round-trips)
        if (d == Math.rint(d) && Math.abs(d) < 1e15) return Long.toString((long) d) + ".0";
        return Double.toString(d);
    }
}
