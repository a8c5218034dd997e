package dev.playlens.app.cli;

import dev.playlens.ml.data.WarehouseConnector;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The user id column of a feature query, found from its columns without reading any row. */
final class FeatureColumns {
    private FeatureColumns() {
    }

    static String idColumn(WarehouseConnector connector, String warehouse, String base, List<Object> parameters,
                           String requested) throws SQLException {
        List<String> names = names(connector, warehouse, base, parameters);
        if (requested != null) {
            for (String n : names) if (n.equalsIgnoreCase(requested)) return n;
            throw new IllegalArgumentException("--id column '" + requested + "' not found in the features (columns: "
                    + String.join(", ", names) + ")");
        }
        for (String candidate : List.of("user_id", "client_id")) {
            for (String n : names) if (n.equalsIgnoreCase(candidate)) return n;
        }
        throw new IllegalArgumentException("the features have no user_id or client_id column; name it with --id (columns: "
                + String.join(", ", names) + ")");
    }

    private static List<String> names(WarehouseConnector connector, String warehouse, String base, List<Object> parameters)
            throws SQLException {
        try (Connection c = connector.open(warehouse);
             PreparedStatement st = c.prepareStatement("SELECT * FROM (" + base + ") playlens_features WHERE 1 = 0")) {
            for (int i = 0; i < parameters.size(); i++) st.setObject(i + 1, parameters.get(i));
            try (ResultSet rs = st.executeQuery()) {
                ResultSetMetaData md = rs.getMetaData();
                List<String> names = new ArrayList<>();
                for (int j = 1; j <= md.getColumnCount(); j++) names.add(md.getColumnLabel(j));
                return names;
            }
        }
    }
}
