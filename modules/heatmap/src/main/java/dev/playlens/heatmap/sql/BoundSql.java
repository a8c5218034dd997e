package dev.playlens.heatmap.sql;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/** SQL text with {@code ?} placeholders and the values to bind, in order (String, Double, Long). */
public record BoundSql(String sql, List<Object> parameters) {
    public BoundSql {
        parameters = List.copyOf(parameters);
        long marks = sql.chars().filter(c -> c == '?').count();
        if (marks != parameters.size()) {
            throw new IllegalStateException("SQL has " + marks + " placeholders but " + parameters.size()
                    + " parameters");
        }
    }

    public void bind(PreparedStatement statement) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            switch (parameters.get(i)) {
                case String s -> statement.setString(i + 1, s);
                case Double d -> statement.setDouble(i + 1, d);
                case Long l -> statement.setLong(i + 1, l);
                default -> throw new IllegalStateException("unsupported parameter " + parameters.get(i));
            }
        }
    }
}
