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
 * one embedded database). A DuckDB connection keeps its prepared statement: preparing (parse, bind, plan) cost as
 * much as running the point lookup. Other drivers prepare per call, as they cache statements themselves and a
 * kept server-side statement would break behind a transaction-pooling proxy (pgbouncer).
 * Column types follow the SQL types: numbers become numeric columns, the rest text.
 */
public final class JdbcFeatureSource implements FeatureSource, AutoCloseable {
    private final FeatureQuery query;
    private final BlockingQueue<Slot> pool;
    private final List<Slot> all = new ArrayList<>();
    private final boolean keepStatements;

    /** A connection and, once used, its prepared feature query; used by one request at a time. */
    private static final class Slot {
        final Connection connection;
        PreparedStatement statement;

        Slot(Connection connection) {
            this.connection = connection;
        }
    }

    public JdbcFeatureSource(WarehouseConnector connector, String warehouse, FeatureQuery query, int connections)
            throws SQLException {
        this.query = query;
        this.pool = new ArrayBlockingQueue<>(connections);
        Connection first = connector.open(warehouse);
        all.add(new Slot(first));
        boolean duck = first.isWrapperFor(DuckDBConnection.class);
        this.keepStatements = duck;
        for (int i = 1; i < connections; i++) {
            all.add(new Slot(duck ? first.unwrap(DuckDBConnection.class).duplicate() : connector.open(warehouse)));
        }
        pool.addAll(all);
    }

    @Override
    public RawTable forUser(String userId) throws SQLException, InterruptedException {
        Slot slot = pool.take();
        try {
            if (slot.statement == null) slot.statement = slot.connection.prepareStatement(query.sql());
            PreparedStatement st = slot.statement;
            int i = 1;
            for (Object p : query.parameters()) st.setObject(i++, p);
            st.setString(i, userId);
            try (ResultSet rs = st.executeQuery()) {
                return table(rs);
            }
        } catch (SQLException e) {
            closeQuietly(slot.statement); // prepare again next time, in case the failure left it unusable
            slot.statement = null;
            throw e;
        } finally {
            if (!keepStatements) {
                closeQuietly(slot.statement);
                slot.statement = null;
            }
            pool.add(slot);
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
        for (Slot slot : all) {
            closeQuietly(slot.statement);
            closeQuietly(slot.connection);
        }
    }

    private static void closeQuietly(AutoCloseable c) {
        if (c == null) return;
        try {
            c.close();
        } catch (Exception ignored) {
            // shutting down, or dropping a failed statement
        }
    }
}
