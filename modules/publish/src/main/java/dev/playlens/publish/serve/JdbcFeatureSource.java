package dev.playlens.publish.serve;

import dev.playlens.ml.data.RawColumn;
import dev.playlens.ml.data.RawTable;
import dev.playlens.ml.data.WarehouseConnector;
import org.duckdb.DuckDBConnection;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Runs the {@link FeatureQuery} for one user over a small pool of warehouse connections (DuckDB: duplicates of
 * one embedded database). Column types follow the SQL types: numbers become numeric columns, the rest text.
 */
public final class JdbcFeatureSource implements FeatureSource, AutoCloseable {
    private final FeatureQuery query;
    private final BlockingQueue<Connection> pool;
    private final List<Connection> all = new ArrayList<>();

    public JdbcFeatureSource(WarehouseConnector connector, String warehouse, FeatureQuery query, int connections)
            throws SQLException {
        this.query = query;
        this.pool = new ArrayBlockingQueue<>(connections);
        Connection first = connector.open(warehouse);
        all.add(first);
        boolean duck = first.isWrapperFor(DuckDBConnection.class);
        for (int i = 1; i < connections; i++) {
            all.add(duck ? first.unwrap(DuckDBConnection.class).duplicate() : connector.open(warehouse));
        }
        pool.addAll(all);
    }

    @Override
    public RawTable forUser(String userId) throws SQLException, InterruptedException {
        Connection c = pool.take();
        try (PreparedStatement st = c.prepareStatement(query.sql())) {
            int i = 1;
            for (Object p : query.parameters()) st.setObject(i++, p);
            st.setString(i, userId);
            try (ResultSet rs = st.executeQuery()) {
                return table(rs);
            }
        } finally {
            pool.add(c);
        }
    }

    static RawTable table(ResultSet rs) throws SQLException {
        ResultSetMetaData md = rs.getMetaData();
        int n = md.getColumnCount();
        List<List<Object>> cells = new ArrayList<>();
        boolean[] numeric = new boolean[n];
        for (int j = 0; j < n; j++) {
            numeric[j] = switch (md.getColumnType(j + 1)) {
                case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT, Types.FLOAT, Types.REAL, Types.DOUBLE,
                     Types.DECIMAL, Types.NUMERIC -> true;
                default -> false;
            };
            cells.add(new ArrayList<>());
        }
        while (rs.next()) {
            for (int j = 0; j < n; j++) {
                if (numeric[j]) {
                    double v = rs.getDouble(j + 1);
                    cells.get(j).add(rs.wasNull() ? Double.NaN : v);
                } else {
                    cells.get(j).add(rs.getString(j + 1));
                }
            }
        }
        List<RawColumn> columns = new ArrayList<>(n);
        for (int j = 0; j < n; j++) {
            List<Object> values = cells.get(j);
            String name = md.getColumnLabel(j + 1);
            if (numeric[j]) {
                double[] d = new double[values.size()];
                for (int i = 0; i < d.length; i++) d[i] = (Double) values.get(i);
                columns.add(new RawColumn.Numeric(name, d));
            } else {
                columns.add(new RawColumn.Text(name, values.toArray(new String[0])));
            }
        }
        return new RawTable(columns);
    }

    @Override
    public void close() {
        for (Connection c : all) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // shutting down
            }
        }
    }
}
