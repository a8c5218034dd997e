package dev.playlens.publish.batch;

import dev.playlens.core.job.JobContext;
import dev.playlens.ml.data.WarehouseConnector;
import dev.playlens.publish.Prediction;
import dev.playlens.publish.PublishTarget;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A predictions table (model, version, user_id, score, label, cluster, scored_at) in any JDBC database. The new
 * set is streamed into a temporary staging table (gone with the connection if the process dies), then ONE
 * transaction deletes the model's rows and inserts the staged ones: readers see the old set or the new, never
 * half, and re-publishing leaves exactly one copy of each user's row.
 */
public final class JdbcTarget implements PublishTarget {
    private final String location;
    private final String table;
    private final SqlDialect dialect;
    private final WarehouseConnector connector;

    public JdbcTarget(String location, String table, WarehouseConnector connector) {
        this.location = location;
        this.table = Identifiers.table(table, "--to " + location);
        this.dialect = SqlDialect.fromUrl(location);
        this.connector = connector;
    }

    /** {@code jdbc:…#TABLE} or {@code duckdb:PATH#TABLE}. */
    public static JdbcTarget parse(String to, WarehouseConnector connector) {
        int hash = to.lastIndexOf('#');
        if (hash < 0) throw new IllegalArgumentException("--to " + to + ": name the table after '#', e.g. jdbc:…#predictions");
        return new JdbcTarget(to.substring(0, hash), to.substring(hash + 1), connector);
    }

    public String table() {
        return table;
    }

    public SqlDialect dialect() {
        return dialect;
    }

    @Override
    public String describe() {
        return withoutQuery(location) + "#" + table;
    }

    @Override
    public Session open(String model, int version, JobContext context) throws SQLException {
        Connection c = connector.open(location);
        try {
            c.setAutoCommit(true);
            String staging = "playlens_stage_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
            try (Statement st = c.createStatement()) {
                st.execute(dialect.createTable(table));
                st.execute(dialect.createStaging(staging));
            }
            return new JdbcSession(c, staging, StagingWriter.create(dialect, c, staging), model, version);
        } catch (SQLException | RuntimeException e) {
            c.close();
            throw e;
        }
    }

    private final class JdbcSession implements Session {
        private final Connection c;
        private final String staging;
        private final StagingWriter writer;
        private final String model;
        private final int version;
        private boolean open = true;

        JdbcSession(Connection c, String staging, StagingWriter writer, String model, int version) {
            this.c = c;
            this.staging = staging;
            this.writer = writer;
            this.model = model;
            this.version = version;
        }

        @Override
        public void write(List<Prediction> batch) throws SQLException {
            writer.write(batch);
        }

        @Override
        public long commit() throws SQLException {
            long staged = writer.finish();
            c.setAutoCommit(false);
            try {
                String lock = dialect.lockForSwap(table);
                if (lock != null) {
                    try (Statement st = c.createStatement()) {
                        st.execute(lock);
                    }
                }
                try (PreparedStatement del = c.prepareStatement("DELETE FROM " + table + " WHERE model = ?")) {
                    del.setString(1, model);
                    del.executeUpdate();
                }
                try (PreparedStatement ins = c.prepareStatement("INSERT INTO " + table + " (" + SqlDialect.COLUMNS
                        + ") SELECT " + SqlDialect.COLUMNS + " FROM " + staging + " WHERE model = ? AND version = ?")) {
                    ins.setString(1, model);
                    ins.setInt(2, version);
                    ins.executeUpdate();
                }
                long now = count();
                if (now != staged) {
                    throw new SQLException(describe() + ": after the swap the table holds " + now + " rows for " + model
                            + ":" + version + ", " + staged + " were staged");
                }
                c.commit();
                return now;
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(e);
                throw e;
            } finally {
                closeQuietly();
            }
        }

        private long count() throws SQLException {
            try (PreparedStatement st = c.prepareStatement("SELECT count(*) FROM " + table + " WHERE model = ? AND version = ?")) {
                st.setString(1, model);
                st.setInt(2, version);
                try (ResultSet rs = st.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        }

        @Override
        public void abort() {
            if (!open) return;
            open = false;
            writer.abort();
            try {
                if (!c.getAutoCommit()) c.rollback();
            } catch (SQLException ignored) {
                // the connection is closed next; the server rolls back
            }
            try {
                c.close(); // the temporary staging table goes with the connection
            } catch (SQLException ignored) {
                // nothing left to release
            }
        }

        private void rollbackQuietly(Exception cause) {
            try {
                c.rollback();
            } catch (SQLException e) {
                cause.addSuppressed(e);
            }
        }

        private void closeQuietly() {
            if (!open) return;
            open = false;
            try (Statement st = c.createStatement()) {
                if (!c.getAutoCommit()) c.setAutoCommit(true);
                st.execute("DROP TABLE IF EXISTS " + staging);
            } catch (SQLException ignored) {
                // temporary: dropped with the connection anyway
            }
            try {
                c.close();
            } catch (SQLException ignored) {
                // nothing left to release
            }
        }
    }

    /** Keeps credentials given in a URL's query string out of results and history. */
    static String withoutQuery(String url) {
        int q = url.indexOf('?');
        return q < 0 ? url : url.substring(0, q);
    }
}
