package dev.playlens.ml.data;

import dev.playlens.core.job.JobContext;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;

/** Loads a {@link DataSource} into a {@link RawTable} and fingerprints the data for the model's metadata. */
public final class FeatureLoader {
    private final WarehouseConnector connector;
    private final TableReader reader;

    public FeatureLoader(WarehouseConnector connector, TableReader reader) {
        this.connector = connector;
        this.reader = reader;
    }

    public RawTable load(DataSource source, JobContext context) throws SQLException {
        return switch (source) {
            case DataSource.File f -> reader.readFile(f.path(), context);
            case DataSource.WarehouseTable t -> query(t.warehouse(), t.sql(), new Object[0], t.describe(), context);
            case DataSource.WarehouseQuery q ->
                    query(q.warehouse(), q.sql(), q.parameters().toArray(), q.describe(), context);
        };
    }

    private RawTable query(String warehouse, String sql, Object[] params, String name, JobContext context)
            throws SQLException {
        try (Connection c = connector.open(warehouse)) {
            return query(c, sql, params, name, context);
        }
    }

    /** Runs a parameterised query on an open connection (the default feature query, for instance). */
    public RawTable query(Connection c, String sql, Object[] params, String name, JobContext context)
            throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) st.setObject(i + 1, params[i]);
            try (ResultSet rs = st.executeQuery()) {
                return reader.read(rs, name, false, context);
            }
        }
    }

    /**
     * SHA-256 of a file's bytes, or of the loaded table's content for warehouse sources (the same rows in the
     * same order give the same hash).
     */
    public static String hash(DataSource source, RawTable table) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            if (source instanceof DataSource.File f) {
                try (InputStream in = Files.newInputStream(f.path())) {
                    byte[] buf = new byte[1 << 16];
                    for (int r; (r = in.read(buf)) > 0; ) md.update(buf, 0, r);
                }
            } else {
                for (RawColumn c : table.columns()) {
                    md.update(c.name().getBytes());
                    for (int i = 0; i < c.size(); i++) {
                        String v = switch (c) {
                            case RawColumn.Numeric n -> Double.toString(n.values()[i]);
                            case RawColumn.Text t -> String.valueOf(t.values()[i]);
                        };
                        md.update(v.getBytes());
                        md.update((byte) 0);
                    }
                }
            }
            return "sha256:" + HexFormat.of().formatHex(md.digest());
        } catch (IOException e) {
            throw new IllegalStateException("cannot hash " + source.describe() + ": " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
