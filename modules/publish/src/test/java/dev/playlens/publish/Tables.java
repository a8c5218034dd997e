package dev.playlens.publish;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/** Reads a predictions table back for assertions. */
final class Tables {
    private Tables() {
    }

    /** version -> row count for the model. */
    static Map<Integer, Long> versions(Connection c, String table, String model) throws SQLException {
        Map<Integer, Long> out = new TreeMap<>();
        try (PreparedStatement st = c.prepareStatement("SELECT version, count(*) FROM " + table + " WHERE model = ? GROUP BY version")) {
            st.setString(1, model);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) out.put(rs.getInt(1), rs.getLong(2));
            }
        }
        return out;
    }

    static long distinctUsers(Connection c, String table, String model) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT count(DISTINCT user_id) FROM " + table + " WHERE model = ?")) {
            st.setString(1, model);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** user_id -> "score|label|cluster" for the model. */
    static Map<String, String> rows(Connection c, String table, String model) throws SQLException {
        Map<String, String> out = new HashMap<>();
        try (PreparedStatement st = c.prepareStatement("SELECT user_id, score, label, cluster FROM " + table + " WHERE model = ?")) {
            st.setString(1, model);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) out.put(rs.getString(1), rs.getObject(2) + "|" + rs.getObject(3) + "|" + rs.getObject(4));
            }
        }
        return out;
    }
}
